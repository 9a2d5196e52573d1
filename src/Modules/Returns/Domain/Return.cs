using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Returns.Domain;

/// <summary>Units of one order line coming back; <paramref name="Disposition"/> once received.</summary>
internal sealed record ReturnLine(string ProductId, int Quantity, LineDisposition? Disposition = null)
{
    public Inventory.StockLine Stock() => new(ProductId, Quantity);
}

/// <summary>A shopper's request to send back units of their delivered order, and what became of it.</summary>
/// <param name="DecidedBy">The admin who approved or rejected it.</param>
/// <param name="RefundAmount">What its refund gave back, once REFUNDED.</param>
internal sealed record Return(
    string ReturnId, string OrderId, string UserId, ReturnStatus Status, IReadOnlyList<ReturnLine> Lines, string Reason, string Currency,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt = null, string? DecidedBy = null, string? RejectReason = null,
    string? RefundId = null, decimal? RefundAmount = null)
{
    public static Return Request(Orders.OrderSummary order, IReadOnlyList<ReturnLine> lines, string reason, DateTimeOffset now) =>
        new(ReturnIds.Format.New(), order.OrderId, order.UserId, ReturnStatus.Requested, lines, reason, order.Currency, now);
}

internal static class ReturnIds
{
    public static readonly PrefixedId Format = new("returnId", "RT-");
}

/// <summary>What a move records beside the new status; null leaves a field as it is.</summary>
internal sealed record ReturnChange(
    string? DecidedBy = null, string? RejectReason = null, IReadOnlyList<ReturnLine>? Lines = null, string? RefundId = null, decimal? RefundAmount = null)
{
    public static readonly ReturnChange Nothing = new();
}
