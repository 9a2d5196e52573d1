using CloudRetail.Orders;

namespace CloudRetail.Payments;

/// <summary>What Returns asks of Payments: give back what returned units cost, through the provider
/// that took the payment, once per return whoever asks and however often.</summary>
public interface IReturnRefunds
{
    /// <summary>Refunds <paramref name="lines"/> of the order for return <paramref name="returnId"/>, each unit at
    /// what the shopper paid for it (the line refund rule of <see cref="Pricing.Refunds.LineAmount"/>). The return
    /// id is the idempotency key: asking again finds the refund made the first time (finishing it with the
    /// provider if it is still PENDING) instead of refunding twice. Never more than was collected.</summary>
    Task<ReturnRefund> RefundReturnAsync(OrderSummary order, string returnId, IReadOnlyList<Inventory.StockLine> lines, string reason, string staffId,
        CancellationToken cancellationToken);
}

/// <summary>Where the refund of a return stands: <see cref="ReturnRefundStatus.Refused"/> with
/// <paramref name="Problem"/> when none could be recorded (nothing collected, more than is left).</summary>
public sealed record ReturnRefund(ReturnRefundStatus Status, decimal Amount, string Currency, string? RefundId, string? Problem = null);

[System.Text.Json.Serialization.JsonConverter(typeof(BuildingBlocks.Naming.UpperCaseEnumConverter<ReturnRefundStatus>))]
public enum ReturnRefundStatus
{
    /// <summary>Recorded; the provider has not answered yet (the sweep asks again).</summary>
    Pending,
    Succeeded,
    /// <summary>The provider refused it; nothing was counted against the payment.</summary>
    Failed,
    /// <summary>No refund was recorded.</summary>
    Refused,
}
