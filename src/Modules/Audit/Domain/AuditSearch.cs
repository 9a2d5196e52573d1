using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Audit.Domain;

/// <summary>Which read answers a search: the subject's own partition, or one of the indexes.</summary>
internal enum AuditRead
{
    Subject,
    Admin,
    Action,
    Feed,
}

/// <summary>
/// A search of the audit trail: newest first between <see cref="From"/> and <see cref="To"/>. One read
/// answers, chosen by the most selective filter given (subject, then admin, then action, else the whole
/// feed); the dates bound that read's sort key, and the other filters sift the page it returned.
/// </summary>
internal sealed record AuditSearch(string? SubjectId, string? AdminId, AuditAction? Action, DateTimeOffset? From, DateTimeOffset? To)
{
    public const int MaxIdLength = 128;

    public AuditRead Read => SubjectId is not null ? AuditRead.Subject : AdminId is not null ? AuditRead.Admin : Action is not null ? AuditRead.Action : AuditRead.Feed;

    /// <summary>What a cursor is good for: this very search.</summary>
    public string Listing => string.Join('|', "audit", SubjectId, AdminId, Action?.Name(),
        From?.ToString("O", CultureInfo.InvariantCulture), To?.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>The search, or the parameter that is wrong and why.</summary>
    public static (AuditSearch? Search, string? Field, string? Message) Parse(string? from, string? to, string? adminId, string? action, string? subjectId)
    {
        if (!QueryInstant.TryParse(from, endOfDay: false, out var after))
        {
            return (null, "from", "from must be a date (2026-12-01) or a date and time (2026-12-01T09:30:00Z)");
        }
        if (!QueryInstant.TryParse(to, endOfDay: true, out var before))
        {
            return (null, "to", "to must be a date (2026-12-01) or a date and time (2026-12-01T17:30:00Z)");
        }
        if (after is not null && before is not null && before < after)
        {
            return (null, "to", "to must not be before from");
        }
        if (!TryId(adminId, out var admin))
        {
            return (null, "adminId", $"adminId must be an account id of at most {MaxIdLength} characters");
        }
        if (!TryId(subjectId, out var subject))
        {
            return (null, "subjectId", $"subjectId must be an id of at most {MaxIdLength} characters");
        }
        AuditAction? kind = null;
        if (!string.IsNullOrWhiteSpace(action))
        {
            if (!UpperCaseNames.TryParse<AuditAction>(action.Trim(), out var parsed))
            {
                return (null, "action", $"action must be one of {UpperCaseNames.Choices<AuditAction>()}");
            }
            kind = parsed;
        }
        return (new AuditSearch(subject, admin, kind, after, before), null, null);
    }

    private static bool TryId(string? text, out string? id)
    {
        id = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return id is null || (id.Length <= MaxIdLength && !id.Any(char.IsControl));
    }
}
