using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Persistence;

namespace CloudRetail.Notifications.Endpoints;

/// <summary>A notification record as an admin sees it.</summary>
internal sealed record NotificationView(
    string NotificationId,
    string Type,
    string ToEmail,
    string UserId,
    string? OrderId,
    decimal? Amount,
    string? Currency,
    string Status,
    string? Error,
    string? MessageId,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    public static NotificationView From(Notification n) => new(
        n.NotificationId, n.Type.WireName(), n.Recipient, n.UserId, n.OrderId, n.Amount, n.Currency,
        n.Status.Name(), n.Error, n.MessageId, n.Attempts, n.CreatedAt, n.UpdatedAt);
}
