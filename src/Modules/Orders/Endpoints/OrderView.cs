using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Endpoints;

/// <summary>An order in its kept shape (docs/compatibility.md), plus its fulfilment details.</summary>
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
    string? PaymentId)
{
    public static OrderView From(Order order) => new(
        order.OrderId, order.UserId, order.UserEmail, order.Status,
        order.Lines.Select(l => new OrderLineView(l.ProductId, l.Name, l.Qty, l.Price, l.LineTotal)).ToList(),
        order.TotalAmount, order.Currency, order.CreatedAt, order.UpdatedAt, order.TrackingNumber, order.CancelReason, order.PaymentId);
}

internal sealed record OrderLineView(string ProductId, string Name, int Qty, decimal Price, decimal LineTotal);
