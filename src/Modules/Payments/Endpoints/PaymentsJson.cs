using System.Text.Json;
using System.Text.Json.Serialization;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Webhooks;

namespace CloudRetail.Payments.Endpoints;

/// <summary>The bodies Payments' endpoints read and write, described at build time (JsonTypes). The
/// webhook reads its raw body itself (to check the signature), but documents it as a PaymentEvent.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PayOrderRequest))]
[JsonSerializable(typeof(PaymentProcessed))]
[JsonSerializable(typeof(Payment))]
[JsonSerializable(typeof(ProviderView))]
[JsonSerializable(typeof(WebhookReceived))]
[JsonSerializable(typeof(PaymentEvent))]
[JsonSerializable(typeof(RefundOrderRequest))]
[JsonSerializable(typeof(RefundView))]
[JsonSerializable(typeof(OrderPaymentsView))]
internal sealed partial class PaymentsJson : JsonSerializerContext;
