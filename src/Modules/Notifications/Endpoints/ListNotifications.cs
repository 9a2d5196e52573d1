using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Notifications.Endpoints;

internal sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Count, string? NextToken);

internal static class ListNotifications
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>With a status, newest first through the status index (the failed ones are few among
    /// many sent, so a filtered scan would read nearly the whole table to find them); without one,
    /// the whole table page by page, in no particular order.</summary>
    public static async Task<Results<Ok<NotificationPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? nextToken, NotificationsTable table, CancellationToken cancellationToken)
    {
        if (limit < 1)
        {
            return ShopProblems.Invalid("limit", "limit must be at least 1");
        }
        if (!TryParseStatus(status, out var wanted))
        {
            return ShopProblems.Invalid("status", "status must be SENT or FAILED");
        }
        if (!PageCursor.TryDecode(nextToken, NotificationsTable.PageKeys(wanted), out var startKey))
        {
            return ShopProblems.Invalid("nextToken", "nextToken is not one this listing handed out");
        }
        // Larger limits are capped rather than refused, so a client asking for "everything" still gets a page.
        var (notifications, lastKey) = await table.PageAsync(wanted, Math.Min(limit ?? DefaultLimit, MaxLimit), startKey, cancellationToken);
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
