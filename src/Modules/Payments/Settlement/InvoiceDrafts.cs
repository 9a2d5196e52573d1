using CloudRetail.Invoices;
using CloudRetail.Orders;

namespace CloudRetail.Payments.Settlement;

/// <summary>What an order's invoice shows, mapped in one place. Today an order carries its lines and
/// total only: no tax, discount, shipping or delivery address, and it is billed to the shopper's
/// e-mail. When orders carry the whole breakdown, map it here and nowhere else.</summary>
internal static class InvoiceDrafts
{
    public static InvoiceDraft From(OrderSummary order) => new(
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
}
