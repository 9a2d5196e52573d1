using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Payments.Domain;

/// <summary>Where a payment attempt stands; in JSON and in the table PROCESSING, SUCCESS, DUE,
/// COLLECTED, FAILED, VOIDED (<see cref="UpperCaseNames"/>). PROCESSING is recorded before the
/// provider is called; the rest are outcomes.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<PaymentStatus>))]
internal enum PaymentStatus
{
    Processing,
    Success,
    /// <summary>Cash on delivery: the order is confirmed, the money is collected at the door.</summary>
    Due,
    Collected,
    Failed,
    /// <summary>The provider charged, but the order could not take the payment; the charge was voided.</summary>
    Voided,
}

internal static class PaymentStatuses
{
    /// <summary>What the MOCK provider's client may ask for (a compatibility contract: docs/compatibility.md).</summary>
    public static readonly PaymentStatus[] MockOutcomes = [PaymentStatus.Success, PaymentStatus.Failed];

    /// <summary>Money the shop holds: it may be refunded, up to the amount.</summary>
    public static bool IsCollected(this PaymentStatus status) => status is PaymentStatus.Success or PaymentStatus.Collected;

    /// <summary>A payment that stands behind a confirmed order.</summary>
    public static bool Confirms(this PaymentStatus status) => status is PaymentStatus.Success or PaymentStatus.Due or PaymentStatus.Collected;
}

/// <summary>One payment attempt for an order, in the Payments table's kept shape (docs/compatibility.md).
/// Its id is also the idempotency key the provider receives, so a retried charge is the same charge.</summary>
/// <param name="Refunded">What refunds took back from it, pending ones included: never more than <paramref name="Amount"/>
/// (a condition of every refund's write).</param>
internal sealed record Payment(
    string PaymentId, string OrderId, string UserId, decimal Amount, string Currency, PaymentStatus Status, PaymentProviderKind Provider, DateTimeOffset CreatedAt,
    decimal Refunded = 0m)
{
    /// <summary>Units of each order line refunds took back, by product id.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, int> RefundedUnits { get; init; } = new Dictionary<string, int>();

    /// <summary>What may still be refunded: nothing unless the money was collected.</summary>
    public decimal Refundable => Status.IsCollected() ? Amount - Refunded : 0m;

    public static Payment Start(Orders.OrderSummary order, PaymentProviderKind provider, DateTimeOffset now) =>
        new(PaymentIds.Format.New(), order.OrderId, order.UserId, order.TotalAmount, order.Currency, PaymentStatus.Processing, provider, now);
}
