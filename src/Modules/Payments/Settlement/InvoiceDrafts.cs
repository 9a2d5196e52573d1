using CloudRetail.Invoices;
using CloudRetail.Orders;

namespace CloudRetail.Payments.Settlement;

/// <summary>What an order's invoice shows, mapped in one place: the figures exactly as the order holds
/// them (its breakdown; for an order placed before orders had one, its lines and total), billed to the
/// shopper's e-mail and shipped to the order's copy of the delivery address (or collected in store).</summary>
internal static class InvoiceDrafts
{
    public static InvoiceDraft From(OrderSummary order) => order.Price is { } price
        ? new(
            order.OrderId,
            order.UserId,
            order.CreatedAt,
            order.Currency,
            BillTo: new InvoiceParty(order.UserEmail, []),
            ShipTo: order.DeliveryAddress is { } address ? new InvoiceParty(address.Name, address.PrintedLines().Skip(1).ToList())
                : price.Shipping is { RequiresAddress: false } collection ? new InvoiceParty("Collect in store", [collection.Name])
                : null,
            Lines: order.Lines.Zip(price.Lines, (line, priced) =>
                new InvoiceLine(line.Name, priced.Qty, priced.UnitPrice, TaxRate: priced.Taxes.Sum(t => t.Percent) / 100m, Amount: priced.LineTotal)).ToList(),
            Subtotal: price.Subtotal,
            Discount: price.Discount,
            Shipping: price.ShippingAmount,
            Taxes: price.Taxes.Select(t => new InvoiceTax(t.Name, t.Percent / 100m, t.Amount)).ToList(),
            TaxIncluded: price.PricesIncludeTax,
            Total: price.Total)
        : new(
            order.OrderId,
            order.UserId,
            order.CreatedAt,
            order.Currency,
            BillTo: new InvoiceParty(order.UserEmail, []),
            ShipTo: null,
            Lines: order.Lines.Select(l => new InvoiceLine(l.Name, l.Qty, l.Price, TaxRate: 0m, Amount: l.LineTotal)).ToList(),
            Subtotal: order.Lines.Sum(l => l.LineTotal),
            Discount: 0m,
            Shipping: 0m,
            Taxes: [],
            TaxIncluded: false,
            Total: order.TotalAmount);

    /// <summary>A succeeded refund's credit note: its lines named as the order names them (a refund by
    /// amount has none), its reason and amount, credited to the shopper's e-mail. Without the order
    /// (it cannot be read) a line is named by its product id.</summary>
    public static CreditNoteDraft CreditNote(Domain.Refund refund, OrderSummary? order, DateTimeOffset refundedAt) => new(
        refund.RefundId,
        refund.OrderId,
        refund.UserId,
        order?.CreatedAt ?? refund.CreatedAt,
        refundedAt,
        refund.Currency,
        new InvoiceParty(order?.UserEmail ?? refund.UserId, []),
        refund.Reason,
        refund.Lines.Select(line => new CreditNoteLine(
            order?.Lines.FirstOrDefault(l => l.ProductId == line.ProductId)?.Name ?? line.ProductId, line.Qty, line.Amount)).ToList(),
        refund.Amount);
}
