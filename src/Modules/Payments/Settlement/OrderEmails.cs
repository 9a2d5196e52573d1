using CloudRetail.Notifications;
using CloudRetail.Orders;

namespace CloudRetail.Payments.Settlement;

/// <summary>What an order's e-mails show, mapped in one place: the figures exactly as the order holds
/// them (an order placed before orders had a breakdown shows its lines and total, as it always did),
/// and where it goes: the order's copy of the address, or collection in store.</summary>
internal static class OrderEmails
{
    public static OrderConfirmedEmail Confirmed(OrderSummary order, bool invoiced) =>
        new(order.UserEmail, order.UserId, order.OrderId, order.TotalAmount, order.Currency, Lines(order), InvoiceLinked: invoiced, Price(order), DeliverTo(order));

    public static PaymentFailedEmail PaymentFailed(OrderSummary order) =>
        new(order.UserEmail, order.UserId, order.OrderId, Lines(order), order.TotalAmount, order.Currency, Price(order), DeliverTo(order));

    private static List<EmailLine> Lines(OrderSummary order) => order.Price is { } price
        ? order.Lines.Zip(price.Lines, (line, priced) => new EmailLine(line.Name, priced.Qty, priced.UnitPrice, priced.LineTotal)).ToList()
        : order.Lines.Select(line => new EmailLine(line.Name, line.Qty, line.Price)).ToList();

    private static EmailPrice? Price(OrderSummary order) => order.Price is { } price
        ? new EmailPrice(price.Subtotal, price.Discount, price.DiscountCode, price.Shipping?.Name, price.ShippingAmount,
            price.Taxes.Select(tax => new EmailTax(tax.Name, tax.Percent, tax.Amount)).ToList(), price.Tax, price.PricesIncludeTax, price.Total)
        : null;

    private static EmailDelivery? DeliverTo(OrderSummary order) => order switch
    {
        { DeliveryAddress: { } address } => new EmailDelivery(address.PrintedLines()),
        { Price.Shipping.RequiresAddress: false } => EmailDelivery.CollectInStore,
        _ => null,
    };
}
