namespace CloudRetail.Orders.Domain;

internal sealed record Order(
    string OrderId,
    string UserId,
    string UserEmail,
    string Status,
    IReadOnlyList<OrderLine> Lines,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null,
    string? TrackingNumber = null,
    string? CancelReason = null,
    string? PaymentId = null)
{
    public static Order Place(string userId, string userEmail, IReadOnlyList<OrderLine> lines, string currency, DateTimeOffset now) =>
        new(OrderIds.Format.New(), userId, userEmail, OrderStatus.Pending, lines, lines.Sum(l => l.LineTotal), currency, now);

    public OrderSummary ToSummary() => new(OrderId, UserId, UserEmail, Status, Lines, TotalAmount, Currency, CreatedAt);

    public IEnumerable<Inventory.StockLine> StockLines() => Lines.Select(l => l.Stock());
}
