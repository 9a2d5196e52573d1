using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Payments.Domain;

/// <summary>Where a refund stands; in JSON and in the table PENDING, SUCCEEDED, FAILED. PENDING is
/// recorded, with the amount counted against the payment, before the provider is asked; the provider's
/// answer settles it (a failure gives the amount back to the payment).</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<RefundStatus>))]
internal enum RefundStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>Units of one order line given back, and what they were worth (<see cref="Pricing.Refunds.LineAmount"/>).</summary>
internal sealed record RefundedLine(string ProductId, int Qty, decimal Amount);

/// <summary>Money given back on a payment, recorded beside it. Its id is the provider's idempotency
/// key for the refund, so asking again (a retry, the sweep) is the same refund.</summary>
/// <param name="Lines">The lines and quantities it gives back; empty for a refund by amount.</param>
/// <param name="RequestedBy">Who asked: the admin's id.</param>
internal sealed record Refund(
    string RefundId, string OrderId, string PaymentId, string UserId, decimal Amount, string Currency, string Reason, IReadOnlyList<RefundedLine> Lines,
    PaymentProviderKind Provider, RefundStatus Status, string RequestedBy, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt = null)
{
    public static Refund Start(Payment payment, decimal amount, string reason, IReadOnlyList<RefundedLine> lines, string requestedBy, DateTimeOffset now) =>
        new(RefundIds.Format.New(), payment.OrderId, payment.PaymentId, payment.UserId, amount, payment.Currency, reason, lines,
            payment.Provider, RefundStatus.Pending, requestedBy, now);
}

internal static class RefundIds
{
    public static readonly PrefixedId Format = new("refundId", "RF-");

    /// <summary>The one refund of a return (<c>RT-</c> and a UUID): the same UUID behind <c>RF-</c>, so
    /// asking for it again is the same refund.</summary>
    public static string ForReturn(string returnId) => $"RF-{returnId[^36..]}";
}
