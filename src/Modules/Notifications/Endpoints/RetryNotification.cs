using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record NotificationRetried(string Message, string Type, string ToEmail, string NotificationId, int Attempts);

internal static class RetryNotification
{
    /// <summary>Sends a FAILED notification again from what was recorded, and records the outcome.</summary>
    public static async Task<Results<Ok<NotificationRetried>, ProblemHttpResult>> Handle(
        string notificationId, EmailNotifications notifications, CancellationToken cancellationToken)
    {
        var (result, notification) = await notifications.RetryAsync(notificationId, cancellationToken);
        var facts = notification is null ? null : new Dictionary<string, object?>
        {
            ["notificationId"] = notification.NotificationId,
            ["notificationStatus"] = notification.Status.Name(),
            ["attempts"] = notification.Attempts,
        };
        return result switch
        {
            RetryResult.Sent => TypedResults.Ok(new NotificationRetried("Notification sent", notification!.ToReceipt().Type,
                notification.Recipient, notification.NotificationId, notification.Attempts)),
            RetryResult.NotFound => ShopProblems.NotFound(GetNotification.NotFound),
            RetryResult.AlreadySent => ShopProblems.Conflict("Notification was already sent", facts),
            RetryResult.InProgress => ShopProblems.Conflict("Notification is being retried already", facts),
            _ => ShopProblems.Problem(StatusCodes.Status502BadGateway, SendAnswer.CouldNotSend,
                new Dictionary<string, object?>(facts!) { ["error"] = notification!.Error }),
        };
    }
}
