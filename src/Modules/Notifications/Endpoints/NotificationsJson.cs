using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Notifications.Endpoints;

/// <summary>The bodies Notifications' endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WelcomeRequest))]
[JsonSerializable(typeof(OrderConfirmedRequest))]
[JsonSerializable(typeof(PaymentFailedRequest))]
[JsonSerializable(typeof(NotificationSent))]
[JsonSerializable(typeof(NotificationRetried))]
[JsonSerializable(typeof(NotificationView))]
[JsonSerializable(typeof(NotificationPage))]
internal sealed partial class NotificationsJson : JsonSerializerContext;
