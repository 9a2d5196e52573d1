using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Notifications.Domain;

internal enum NotificationStatus
{
    Sent,
    Failed,
}

/// <summary>One e-mail the shop sent or tried to send: what it says (the template inputs, kept so a
/// failed one can be sent again) and how sending went.</summary>
internal sealed record Notification(
    string NotificationId,
    NotificationType Type,
    string Recipient,
    string UserId,
    string? OrderId,
    decimal? Amount,
    string? Currency,
    IReadOnlyList<EmailLine> Lines,
    NotificationStatus Status,
    string? Error,
    string? MessageId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null,
    bool InvoiceLinked = false,
    EmailPrice? Price = null,
    EmailDelivery? DeliverTo = null)
{
    public static readonly PrefixedId Ids = new("notificationId", "N-");

    public static bool IsWellFormedId(string? notificationId) => Ids.IsWellFormed(notificationId);

    /// <summary>A notification not sent yet; <see cref="SendOutcome"/> fills in how it went.</summary>
    public static Notification Draft(NotificationType type, string recipient, string userId, DateTimeOffset now,
        string? orderId = null, decimal? amount = null, string? currency = null, IReadOnlyList<EmailLine>? lines = null, bool invoiceLinked = false,
        EmailPrice? price = null, EmailDelivery? deliverTo = null) =>
        new(Ids.New(), type, recipient, userId, orderId, amount, currency, lines ?? [],
            NotificationStatus.Failed, Error: null, MessageId: null, Attempts: 0, CreatedAt: now, InvoiceLinked: invoiceLinked,
            Price: price, DeliverTo: deliverTo);

    public Notification After(SendOutcome outcome, DateTimeOffset now) => this with
    {
        Status = outcome.Sent ? NotificationStatus.Sent : NotificationStatus.Failed,
        Error = outcome.Error,
        MessageId = outcome.MessageId,
        Attempts = Attempts + 1,
        UpdatedAt = Attempts == 0 ? null : now,
    };

    public NotificationReceipt ToReceipt() => new(NotificationId, Type.WireName(), Recipient, Status == NotificationStatus.Sent, Error);
}

/// <summary>What SES made of one send: its message id, or why it did not take the e-mail.</summary>
internal sealed record SendOutcome(bool Sent, string? MessageId, string? Error)
{
    public static SendOutcome Accepted(string? messageId) => new(true, messageId, null);

    public static SendOutcome Refused(string error) => new(false, null, error);
}
