using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Payments.Webhooks;

/// <summary>The webhook's body described at build time (web names: id, type, paymentId), for the
/// Native AOT binary, which has no reflection-based serializer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PaymentEvent))]
internal sealed partial class PaymentEventJson : JsonSerializerContext;

/// <summary>What the processor tells the shop about a payment, once, under a unique event id.</summary>
internal sealed record PaymentEvent(string Id, string Type, string PaymentId)
{
    public const string Succeeded = "payment.succeeded";
    public const string Declined = "payment.declined";

    [System.Text.Json.Serialization.JsonIgnore]
    public Domain.ProviderOutcome? Outcome => Type switch
    {
        Succeeded => Domain.ProviderOutcome.Succeeded,
        Declined => Domain.ProviderOutcome.Declined,
        _ => null,
    };
}
