using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Notifications.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal static class GetNotification
{
    public const string NotFound = "Notification not found";

    public static async Task<Results<Ok<NotificationView>, ProblemHttpResult>> Handle(
        string notificationId, NotificationsTable table, CancellationToken cancellationToken) =>
        await table.FindAsync(notificationId, cancellationToken) is { } notification
            ? TypedResults.Ok(NotificationView.From(notification))
            : ShopProblems.NotFound(NotFound);
}
