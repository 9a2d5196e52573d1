using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
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
        string? status, int? limit, string? nextToken, NotificationsTable table, Paging paging, CancellationToken cancellationToken)
    {
        if (!TryParseStatus(status, out var wanted))
        {
            return ShopProblems.Invalid("status", $"status must be {UpperCaseNames.Choices<NotificationStatus>()}");
        }
        if (paging.Read(limit, nextToken, wanted is null ? "notifications" : $"notifications/status/{wanted.Value.Name()}", out var page) is { } invalid)
        {
            return invalid;
        }
        var found = await table.PageAsync(wanted, page, cancellationToken);
        var items = found.Items.Select(NotificationView.From).ToList();
        return TypedResults.Ok(new NotificationPage(items, items.Count, paging.Next(page, found)));
    }

    /// <summary>Any case, as the original API took it.</summary>
    private static bool TryParseStatus(string? text, out NotificationStatus? status)
    {
        status = UpperCaseNames.TryParse<NotificationStatus>(text?.ToUpperInvariant(), out var parsed) ? parsed : null;
        return text is null || status is not null;
    }
}
