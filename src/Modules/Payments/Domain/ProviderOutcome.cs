namespace CloudRetail.Payments.Domain;

/// <summary>What the provider said about a charge.</summary>
internal enum ProviderOutcome
{
    Succeeded,
    /// <summary>Cash on delivery: nothing moved yet; the order is confirmed with the money due.</summary>
    Due,
    Declined,
    /// <summary>The outcome arrives later, by webhook.</summary>
    Pending,
}

internal static class ProviderOutcomes
{
    public static bool ConfirmsOrder(this ProviderOutcome outcome) => outcome is ProviderOutcome.Succeeded or ProviderOutcome.Due;

    /// <summary>The payment status an outcome settles the attempt in.</summary>
    public static PaymentStatus SettledStatus(this ProviderOutcome outcome) => outcome switch
    {
        ProviderOutcome.Succeeded => PaymentStatus.Success,
        ProviderOutcome.Due => PaymentStatus.Due,
        ProviderOutcome.Declined => PaymentStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "a pending outcome settles nothing"),
    };
}
