namespace CloudRetail.Payments.Webhooks;

/// <summary>What the processor tells the shop about a payment, once, under a unique event id.</summary>
internal sealed record PaymentEvent(string Id, string Type, string PaymentId)
{
    public const string Succeeded = "payment.succeeded";
    public const string Declined = "payment.declined";

    /// <summary>A method, not a property, so that it is no part of the JSON shape (source-generated and documented).</summary>
    public Domain.ProviderOutcome? Outcome() => Type switch
    {
        Succeeded => Domain.ProviderOutcome.Succeeded,
        Declined => Domain.ProviderOutcome.Declined,
        _ => null,
    };
}
