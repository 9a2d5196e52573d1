using CloudRetail.Audit.Domain;
using CloudRetail.Audit.Persistence;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Audit.Endpoints;

/// <summary>One entry of the trail as the back office shows it.</summary>
/// <param name="EntryId">The entry's key within its subject: its time, its place in its transaction and a random part.</param>
/// <param name="AdminEmail">The e-mail the admin's token carried; else the one the shop stores for their account, when it has one.</param>
internal sealed record AuditEntryView(
    string EntryId, DateTimeOffset At, AuditAction Action, AuditSubjectType SubjectType, string SubjectId, string AdminId, string? AdminEmail,
    IReadOnlyDictionary<string, string>? Before, IReadOnlyDictionary<string, string>? After, string? Reason)
{
    public static AuditEntryView From(RecordedEntry recorded) => new(
        recorded.EntryKey, recorded.At, recorded.Entry.Action, recorded.Entry.Subject.Type, recorded.Entry.Subject.Id, recorded.Entry.Admin.Id,
        recorded.Entry.Admin.Email, recorded.Entry.Before, recorded.Entry.After, recorded.Entry.Reason);
}

internal sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, int Count, string? NextToken);

internal static class ListAuditEntries
{
    /// <summary>The trail, newest first, one DynamoDB Query a page. Every parameter is optional text, checked by
    /// <see cref="AuditSearch.Parse"/> so a bad one is a 400 naming it. Plain parameters rather than [AsParameters]:
    /// the request delegate generator cannot bind a record of nullable strings.</summary>
    public static async Task<Results<Ok<AuditPage>, ValidationProblem>> Handle(
        string? from, string? to, string? adminId, string? action, string? subjectId, int? limit, string? cursor,
        AuditTable audit, Paging paging, Transactions transactions, IAdminEmails emails, CancellationToken cancellationToken)
    {
        var (search, field, message) = AuditSearch.Parse(from, to, adminId, action, subjectId);
        if (search is null)
        {
            return ShopProblems.Invalid(field!, message!);
        }
        if (paging.Read(limit, cursor, search.Listing, out var page, "cursor") is { } invalid)
        {
            return invalid;
        }
        var found = await audit.SearchAsync(search, page, cancellationToken);
        // One BatchGetItem for the page's admins whose entries lack an e-mail; none when every entry has its own.
        var known = await emails.FindEmailsAsync(
            transactions, found.Items.Where(e => e.Entry.Admin.Email is null).Select(e => e.Entry.Admin.Id), cancellationToken);
        var items = found.Items.Select(AuditEntryView.From)
            .Select(e => e.AdminEmail is null && known.GetValueOrDefault(e.AdminId) is { } email ? e with { AdminEmail = email } : e)
            .ToList();
        return TypedResults.Ok(new AuditPage(items, items.Count, paging.Next(page, found)));
    }
}
