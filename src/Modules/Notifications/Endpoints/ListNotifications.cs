using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Count, string? NextToken);

internal static class ListNotifications
{
    /// <summary>With a status, newest first through the status index (the failed ones are few among
    /// many sent, so a filtered scan would read nearly the whole table to find them); without one,
    /// the whole table page by page, in no particular order.</summary>
    public static async Task<Results<Ok<NotificationPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? nextToken, NotificationsTable table, CancellationToken cancellationToken)
    {
        if (!TryParseStatus(status, out var wanted))
        {
            return ShopProblems.Invalid("status", "status must be SENT or FAILED");
        }
        if (PageRequest.Read(limit, nextToken, NotificationsTable.PageKeys(wanted), out var page) is { } invalid)
        {
            return invalid;
        }
        var (notifications, lastKey) = await table.PageAsync(wanted, page.Size, page.StartKey, cancellationToken);
        var items = notifications.Select(NotificationView.From).ToList();
        return TypedResults.Ok(new NotificationPage(items, items.Count, PageCursor.Encode(lastKey)));
    }

    private static bool TryParseStatus(string? text, out NotificationStatus? status)
    {
        status = text?.ToUpperInvariant() switch
        {
            "SENT" => NotificationStatus.Sent,
            "FAILED" => NotificationStatus.Failed,
            _ => null,
        };
        return text is null || status is not null;
    }
}
