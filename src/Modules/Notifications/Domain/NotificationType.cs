namespace CloudRetail.Notifications.Domain;

internal enum NotificationType
{
    OrderConfirmed,
    PaymentFailed,
    UserRegistered,
    OrderCancelled,
}

/// <summary>The e-mail types' names, as they appear in routes, records and receipts (kept: docs/compatibility.md).</summary>
internal static class NotificationTypes
{
    public const string OrderConfirmed = "order-confirmed";
    public const string PaymentFailed = "payment-failed";
    public const string UserRegistered = "user-registered";
    public const string OrderCancelled = "order-cancelled";

    /// <summary>The types a caller may send by name (POST /api/notifications/{type}); the shop sends
    /// <see cref="OrderCancelled"/> only itself, when staff cancel an order.</summary>
    public static readonly string[] All = [UserRegistered, OrderConfirmed, PaymentFailed];

    public static string WireName(this NotificationType type) => type switch
    {
        NotificationType.OrderConfirmed => OrderConfirmed,
        NotificationType.PaymentFailed => PaymentFailed,
        NotificationType.UserRegistered => UserRegistered,
        NotificationType.OrderCancelled => OrderCancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static NotificationType Parse(string wireName) => wireName switch
    {
        OrderConfirmed => NotificationType.OrderConfirmed,
        PaymentFailed => NotificationType.PaymentFailed,
        UserRegistered => NotificationType.UserRegistered,
        OrderCancelled => NotificationType.OrderCancelled,
        _ => throw new FormatException($"Unknown notification type '{wireName}'"),
    };
}
