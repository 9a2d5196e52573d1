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

    /// <summary>A payment that stands behind a confirmed order.</summary>
    public static bool Confirms(this PaymentStatus status) => status is PaymentStatus.Success or PaymentStatus.Due or PaymentStatus.Collected;
}

/// <summary>One payment attempt for an order, in the Payments table's kept shape (docs/compatibility.md).
/// Its id is also the idempotency key the provider receives, so a retried charge is the same charge.</summary>
internal sealed record Payment(
    string PaymentId, string OrderId, string UserId, decimal Amount, string Currency, PaymentStatus Status, PaymentProviderKind Provider, DateTimeOffset CreatedAt)
{
    public static Payment Start(Orders.OrderSummary order, PaymentProviderKind provider, DateTimeOffset now) =>
        new(PaymentIds.Format.New(), order.OrderId, order.UserId, order.TotalAmount, order.Currency, PaymentStatus.Processing, provider, now);
}
