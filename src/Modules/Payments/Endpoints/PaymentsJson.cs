using System.Text.Json;
using System.Text.Json.Serialization;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Endpoints;

/// <summary>The bodies Payments' endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(PayOrderRequest))]
[JsonSerializable(typeof(PaymentProcessed))]
[JsonSerializable(typeof(Payment))]
[JsonSerializable(typeof(ProviderView))]
[JsonSerializable(typeof(WebhookReceived))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
