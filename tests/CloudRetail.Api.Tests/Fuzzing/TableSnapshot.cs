using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.Api.Tests.Fuzzing;

/// <summary>A fingerprint of every item of every table: two snapshots differ if any item was added,
/// removed or changed in between.</summary>
public sealed record TableSnapshot(IReadOnlyDictionary<string, string> Tables)
{
    public static async Task<TableSnapshot> TakeAsync(IAmazonDynamoDB dynamoDb)
    {
        var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in (await dynamoDb.ListTablesAsync(new ListTablesRequest())).TableNames)
        {
            var items = new List<string>();
            Dictionary<string, AttributeValue>? start = null;
            do
            {
                var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = table, ExclusiveStartKey = start, ConsistentRead = true });
                items.AddRange(page.Items.Select(Canonical));
                start = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
            }
            while (start is not null);
            items.Sort(StringComparer.Ordinal);
            tables[table] = $"{items.Count}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', items))))}";
        }
        return new TableSnapshot(tables);
    }

    /// <summary>The tables whose items differ from <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(TableSnapshot before) =>
        Tables.Where(t => !before.Tables.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => t.Key).ToList();

    private static string Canonical(Dictionary<string, AttributeValue> item) =>
        string.Join(',', item.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Canonical(a.Value)}"));

    private static string Canonical(AttributeValue value) =>
        value.S ?? value.N ?? (value.BOOL is { } b ? b.ToString() : null)
        ?? (value.M is { Count: > 0 } map ? "{" + Canonical(map) + "}" : null)
        ?? (value.L is { Count: > 0 } list ? "[" + string.Join(',', list.Select(Canonical)) + "]" : null)
        ?? (value.SS is { Count: > 0 } strings ? "<" + string.Join(',', strings.Order(StringComparer.Ordinal)) + ">" : null)
        ?? (value.NS is { Count: > 0 } numbers ? "<" + string.Join(',', numbers.Order(StringComparer.Ordinal)) + ">" : null)
        ?? (value.B is { } bytes ? Convert.ToBase64String(bytes.ToArray()) : "NULL");
}
