namespace CloudRetail.Payments.Domain;

/// <summary>Where a payment attempt stands. PROCESSING is recorded before the provider is called;
/// the rest are outcomes.</summary>
internal static class PaymentStatus
{
    public const string Processing = "PROCESSING";
    public const string Success = "SUCCESS";
    /// <summary>Cash on delivery: the order is confirmed, the money is collected at the door.</summary>
    public const string Due = "DUE";
    public const string Collected = "COLLECTED";
    public const string Failed = "FAILED";
    /// <summary>The provider charged, but the order could not take the payment; the charge was voided.</summary>
    public const string Voided = "VOIDED";

    /// <summary>What the MOCK provider's client may ask for (a compatibility contract: docs/compatibility.md).</summary>
    public static readonly string[] MockOutcomes = [Success, Failed];

    /// <summary>A payment that stands behind a confirmed order.</summary>
    public static bool Confirms(string status) => status is Success or Due or Collected;
}

/// <summary>One payment attempt for an order, in the Payments table's kept shape (docs/compatibility.md).
/// Its id is also the idempotency key the provider receives, so a retried charge is the same charge.</summary>
internal sealed record Payment(
    string PaymentId, string OrderId, string UserId, decimal Amount, string Currency, string Status, string Provider, DateTimeOffset CreatedAt)
{
    public static Payment Start(Orders.OrderSummary order, string provider, DateTimeOffset now) =>
        new(PaymentIds.Format.New(), order.OrderId, order.UserId, order.TotalAmount, order.Currency, PaymentStatus.Processing, provider, now);
}
