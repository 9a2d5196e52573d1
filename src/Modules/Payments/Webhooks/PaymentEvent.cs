using System.Text.Json.Serialization;

namespace CloudRetail.Payments.Webhooks;

/// <summary>What the processor tells the shop about a payment, or a refund of it (<paramref name="RefundId"/>),
/// once, under a unique event id.</summary>
internal sealed record PaymentEvent(
    string Id, string Type, string PaymentId, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefundId = null)
{
    public const string Succeeded = "payment.succeeded";
    public const string Declined = "payment.declined";
    public const string RefundSucceeded = "refund.succeeded";
    public const string RefundFailed = "refund.failed";

    /// <summary>What an event id may be: it becomes part of a DynamoDB key (a replay marker), so it is
    /// bounded and plain; the simulator's ids are <c>evt_</c> and 32 hex digits.</summary>
    public const string IdRule = "id must be 1 to 100 letters, digits, '_' or '-'";

    public static string NewId() => $"evt_{Guid.NewGuid():N}";

    public static bool IsWellFormedId(string id) =>
        id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>True for <see cref="RefundSucceeded"/> and <see cref="RefundFailed"/>, which carry a refund id.</summary>
    public bool IsAboutRefund() => Type is RefundSucceeded or RefundFailed;

    /// <summary>A method, not a property, so that it is no part of the JSON shape (source-generated and documented).</summary>
    public Domain.ProviderOutcome? Outcome() => Type switch
    {
        Succeeded => Domain.ProviderOutcome.Succeeded,
        Declined => Domain.ProviderOutcome.Declined,
        _ => null,
    };

    /// <summary>What a refund event says; null for any other type.</summary>
    public Providers.RefundOutcome? RefundOutcome() => Type switch
    {
        RefundSucceeded => Providers.RefundOutcome.Succeeded,
        RefundFailed => Providers.RefundOutcome.Refused,
        _ => null,
    };
}
