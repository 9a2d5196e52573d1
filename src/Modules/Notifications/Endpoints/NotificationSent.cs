using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

/// <summary>The answer to a send (a kept shape: docs/compatibility.md), with the record's id for looking it up or retrying it.</summary>
internal sealed record NotificationSent(string Message, string Type, string ToEmail, string NotificationId);

internal static class SendAnswer
{
    public const string CouldNotSend = "Notification could not be sent";

    /// <summary>200 when SES took the e-mail; 502 when it did not (the attempt is recorded either way).
    /// The problem's own <c>type</c> and <c>status</c> are RFC 9457's, hence notificationType.</summary>
    public static Results<Ok<NotificationSent>, ProblemHttpResult> From(NotificationReceipt receipt) => receipt.Sent
        ? TypedResults.Ok(new NotificationSent("Notification sent", receipt.Type, receipt.ToEmail, receipt.NotificationId))
        : ShopProblems.Problem(StatusCodes.Status502BadGateway, CouldNotSend, new Dictionary<string, object?>
        {
            ["notificationId"] = receipt.NotificationId,
            ["notificationType"] = receipt.Type,
            ["toEmail"] = receipt.ToEmail,
            ["error"] = receipt.Error,
        });
}
