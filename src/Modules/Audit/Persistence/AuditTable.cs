using System.Globalization;
using System.Security.Cryptography;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Audit.Domain;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Audit.Persistence;

/// <summary>An entry of the audit trail as it was recorded.</summary>
internal sealed record RecordedEntry(string EntryKey, DateTimeOffset At, AuditEntry Entry);

/// <summary>
/// The only code that knows the audit table's attribute names. One item per entry, keyed by the subject's
/// id and <c>entryKey</c> = the entry's time, its place in its transaction and a random suffix
/// (<c>2026-12-02T16:05:00.1234567Z#003#9f1c2a7b</c>): one Query reads a subject's entries newest first
/// between two instants. Three indexes sort by the same key: the whole feed (every item's <c>feed</c> is
/// the same value: admin actions come at a person's pace, far below what one partition takes), by admin,
/// and by action. Entries are only ever put, on condition that no item has the key.
/// </summary>
internal sealed class AuditTable(IAmazonDynamoDB dynamoDb, AuditOptions options, TimeProvider clock) : IAuditTrail
{
    private const string SubjectId = "subjectId", EntryKey = "entryKey", Feed = "feed", At = "at", Action = "action", SubjectType = "subjectType";
    private const string AdminId = "adminId", AdminEmail = "adminEmail", Before = "before", After = "after", Reason = "reason";

    /// <summary>The one value of <c>feed</c>: every entry is in the feed index.</summary>
    public const string FeedValue = "AUDIT";

    /// <summary>A reason or a value longer than this is cut: an entry stays a small item whatever a caller passes.</summary>
    public const int MaxTextLength = 500;

    public static TableDefinition Definition(AuditOptions options) =>
        TableDefinition.Keyed(options.TableName, SubjectId, EntryKey)
            .WithIndex(AuditOptions.FeedIndex, Feed, EntryKey)
            .WithIndex(AuditOptions.ByAdminIndex, AdminId, EntryKey)
            .WithIndex(AuditOptions.ByActionIndex, Action, EntryKey);

    public void Record(WriteTransaction transaction, AuditEntry entry)
    {
        var at = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{Attr.TimestampText(at)}#{transaction.Count:D3}#{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        transaction.Put(new Put
        {
            TableName = options.TableName,
            Item = Attr.Map((SubjectId, Attr.Text(entry.Subject.Id)), (EntryKey, Attr.Text(key)), (Feed, Attr.Text(FeedValue)), (At, Attr.Timestamp(at)),
                (Action, Attr.Enum(entry.Action)), (SubjectType, Attr.Enum(entry.Subject.Type)), (AdminId, Attr.Text(entry.Admin.Id)),
                (AdminEmail, Attr.TextOrNull(entry.Admin.Email)), (Before, Fields(entry.Before)), (After, Fields(entry.After)), (Reason, Attr.TextOrNull(Cut(entry.Reason)))),
            // Append-only: a key that exists is never written over.
            ConditionExpression = $"attribute_not_exists({SubjectId})",
        }, new AuditEntryExists(key));
    }

    /// <summary>One page of the search, newest first: one Query of the table or of the index the search reads.</summary>
    public Task<Page<RecordedEntry>> SearchAsync(AuditSearch search, PageRequest page, CancellationToken cancellationToken)
    {
        var (index, partition, value) = search.Read switch
        {
            AuditRead.Subject => ((string?)null, SubjectId, search.SubjectId!),
            AuditRead.Admin => (AuditOptions.ByAdminIndex, AdminId, search.AdminId!),
            AuditRead.Action => (AuditOptions.ByActionIndex, Action, Attr.Enum(search.Action!.Value).S),
            _ => (AuditOptions.FeedIndex, Feed, FeedValue),
        };
        var names = new Dictionary<string, string> { ["#p"] = partition };
        var values = Attr.Map((":p", Attr.Text(value)),
            (":from", search.From is { } from ? Attr.Text(Attr.TimestampText(from)) : null),
            // '~' sorts after the '#' that follows the time, so the last instant's entries are in.
            (":to", search.To is { } to ? Attr.Text(Attr.TimestampText(to) + "~") : null));
        var range = (search.From, search.To) switch
        {
            (not null, not null) => " AND #k BETWEEN :from AND :to",
            (not null, null) => " AND #k >= :from",
            (null, not null) => " AND #k <= :to",
            _ => "",
        };
        if (range.Length > 0)
        {
            names["#k"] = EntryKey;
        }
        var filters = new List<string>();
        if (search.Read != AuditRead.Admin && search.AdminId is { } admin)
        {
            names["#admin"] = AdminId;
            values[":admin"] = Attr.Text(admin);
            filters.Add("#admin = :admin");
        }
        if (search.Read != AuditRead.Action && search.Action is { } action)
        {
            names["#action"] = Action;
            values[":action"] = Attr.Enum(action);
            filters.Add("#action = :action");
        }
        return dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = index,
            KeyConditionExpression = "#p = :p" + range,
            FilterExpression = filters.Count == 0 ? null : string.Join(" AND ", filters),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
            ScanIndexForward = false,
            ConsistentRead = index is null,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, ToEntry, cancellationToken);
    }

    private static AttributeValue? Fields(IReadOnlyDictionary<string, string>? fields) =>
        fields is null ? null : new AttributeValue { M = fields.ToDictionary(f => f.Key, f => Attr.Text(Cut(f.Value)!), StringComparer.Ordinal) };

    private static Dictionary<string, string>? Fields(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.M is { } map ? map.ToDictionary(f => f.Key, f => f.Value.S, StringComparer.Ordinal) : null;

    private static string? Cut(string? text) => text is { Length: > MaxTextLength } longer ? longer[..MaxTextLength] : text;

    private static RecordedEntry ToEntry(Dictionary<string, AttributeValue> item) => new(
        item.Text(EntryKey),
        item.Timestamp(At),
        new AuditEntry(item.Enum<AuditAction>(Action), new AuditSubject(item.Enum<AuditSubjectType>(SubjectType), item.Text(SubjectId)),
            new AuditAdmin(item.Text(AdminId), item.TextOrNull(AdminEmail)), Fields(item, Before), Fields(item, After), item.TextOrNull(Reason)));
}

/// <summary>An entry with this key is already written: never overwritten (keys carry a random part, so in practice never met).</summary>
internal sealed record AuditEntryExists(string EntryKey) : ConditionFailure;
