using CloudRetail.Audit.Domain;
using CloudRetail.Audit.Persistence;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Audit.Endpoints;

/// <summary>One entry of the trail as the back office shows it.</summary>
/// <param name="EntryId">The entry's key within its subject: its time, its place in its transaction and a random part.</param>
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
        AuditTable audit, Paging paging, CancellationToken cancellationToken)
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
        return TypedResults.Ok(new AuditPage(found.Items.Select(AuditEntryView.From).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}
