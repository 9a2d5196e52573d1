using System.Text.Json.Serialization;
using CloudRetail.Addresses;
using CloudRetail.Orders.Domain;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Endpoints;

/// <summary>An order in its kept shape (docs/compatibility.md), plus its fulfilment details and its
/// whole price: <c>totalAmount</c> equals <c>total</c>. An order placed before orders had a breakdown
/// shows its total as it was, with no discount, shipping or tax. <c>history</c>, oldest first, is
/// given only where one order is asked for (GET /api/orders/{orderId}); lists leave it out.</summary>
internal sealed record OrderView(
    string OrderId,
    string UserId,
    string UserEmail,
    OrderStatus Status,
    IReadOnlyList<OrderLineView> Items,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? TrackingNumber,
    string? CancelReason,
    string? PaymentId,
    decimal Subtotal,
    decimal Discount,
    decimal Shipping,
    decimal Tax,
    decimal Total,
    bool PricesIncludeTax,
    IReadOnlyList<TaxAmount> Taxes,
    PricedShipping? ShippingMethod,
    string? DiscountCode,
    PostalAddress? DeliveryAddress,
    DateTimeOffset? DeliveredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OrderHistoryView>? History = null)
{
    public static OrderView From(Order order)
    {
        var price = order.Price ?? Unpriced(order);
        return new(
            order.OrderId, order.UserId, order.UserEmail, order.Status, OrderLineView.From(order.Lines, price),
            order.TotalAmount, order.Currency, order.CreatedAt, order.UpdatedAt, order.TrackingNumber, order.CancelReason, order.PaymentId,
            price.Subtotal, price.Discount, price.ShippingAmount, price.Tax, price.Total, price.PricesIncludeTax, price.Taxes, price.Shipping,
            price.DiscountCode, order.DeliveryAddress, order.ToSummary().DeliveredAt);
    }

    /// <summary>An order placed before orders had a breakdown: its lines at their totals, nothing else.</summary>
    private static PriceBreakdown Unpriced(Order order) => new(order.Currency, false,
        order.Lines.Select(l => new PricedLine(l.ProductId, l.Qty, l.Price, l.LineTotal, 0m, l.LineTotal, [], 0m, l.LineTotal)).ToList(),
        null, null, order.TotalAmount, 0m, 0m, 0m, order.TotalAmount, []);
}

/// <param name="LineTotal">Quantity × price; <c>discount</c> is the line's share of the order's discount; <c>net + tax = gross</c>.</param>
internal sealed record OrderLineView(
    string ProductId, string Name, int Qty, decimal Price, decimal LineTotal, decimal Discount, decimal Net, IReadOnlyList<TaxAmount> Taxes, decimal Tax, decimal Gross)
{
    public static IReadOnlyList<OrderLineView> From(IReadOnlyList<OrderLine> lines, PriceBreakdown price) =>
        lines.Select((l, i) => new OrderLineView(l.ProductId, l.Name, l.Qty, l.Price, price.Lines[i].LineTotal, price.Lines[i].Discount,
            price.Lines[i].Net, price.Lines[i].Taxes, price.Lines[i].Tax, price.Lines[i].Gross)).ToList();
}

/// <summary>One entry of an order's history: when, what moved (the order, its payment, a refund, a return),
/// from which status to which, who moved it, why, the amount concerned and the id of what moved.</summary>
internal sealed record OrderHistoryView(
    DateTimeOffset At, OrderEventSubject Subject, string? From, string To, OrderActorView Actor, string? Reason, decimal? Amount, string? Reference)
{
    /// <summary>Staff see which member of staff moved the order, by account id and by the e-mail in
    /// <paramref name="staffEmails"/>; a shopper (<paramref name="staffEmails"/> null) sees only that staff did.</summary>
    public static IReadOnlyList<OrderHistoryView> Of(
        IEnumerable<Persistence.OrderHistoryEntry> entries, IReadOnlyDictionary<string, string?>? staffEmails) =>
        entries.Select(e => new OrderHistoryView(e.At, e.Event.Subject, e.Event.From, e.Event.To, OrderActorView.Of(e.Event.Actor, staffEmails),
            e.Event.Reason, e.Event.Amount, e.Event.Reference)).ToList();
}

/// <param name="Email">A member of staff's e-mail, shown to staff only, where the shop holds one.</param>
internal sealed record OrderActorView(OrderActorKind Kind, string? Id, string? Email)
{
    public static OrderActorView Of(OrderActor actor, IReadOnlyDictionary<string, string?>? staffEmails) => actor.Kind switch
    {
        OrderActorKind.Admin when staffEmails is null => new(actor.Kind, null, null),
        OrderActorKind.Admin => new(actor.Kind, actor.Id, actor.Id is null ? null : staffEmails.GetValueOrDefault(actor.Id)),
        _ => new(actor.Kind, actor.Id, null),
    };
}
