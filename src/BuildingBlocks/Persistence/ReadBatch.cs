using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// The read counterpart of <see cref="WriteTransaction"/>: several modules add the items they need,
/// each through its own contract and table code, and the owner of the use case reads them all with
/// one DynamoDB BatchGetItem (one per 100 keys). Each module then maps its own items back; none sees
/// another's table. Started by <see cref="Transactions.BeginRead"/>.
/// </summary>
public sealed class ReadBatch
{
    // DynamoDB's BatchGetItem takes at most 100 keys a call.
    public const int MaxKeysPerCall = 100;

    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly Dictionary<string, TableReads> _tables = [];
    private bool _read;

    internal ReadBatch(IAmazonDynamoDB dynamoDb) => _dynamoDb = dynamoDb;

    /// <summary>Adds one item's key; the answer is read from <see cref="BatchedRead{T}.Value"/> after
    /// <see cref="ReadAsync"/>. A table is read consistently when any reader asked for it.</summary>
    public BatchedRead<T> Add<T>(string tableName, Dictionary<string, AttributeValue> key, bool consistentRead, Func<Dictionary<string, AttributeValue>?, T> map)
    {
        if (_read)
        {
            throw new InvalidOperationException("The batch has already been read.");
        }
        if (!_tables.TryGetValue(tableName, out var table))
        {
            _tables[tableName] = table = new TableReads();
        }
        table.ConsistentRead |= consistentRead;
        var identity = Identity(key);
        if (!table.Keys.ContainsKey(identity))
        {
            // DynamoDB refuses a batch that names the same key twice; two readers share the item.
            table.Keys[identity] = key;
        }
        return new BatchedRead<T>(() => _read
            ? map(table.Found.GetValueOrDefault(identity))
            : throw new InvalidOperationException("Read the batch before its items."));
    }

    /// <summary>One BatchGetItem per 100 keys, asking again only for what DynamoDB left unprocessed.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        var keys = _tables.SelectMany(t => t.Value.Keys.Values.Select(key => (Table: t.Key, Key: key)));
        foreach (var chunk in keys.Chunk(MaxKeysPerCall))
        {
            await ReadAsync(chunk.GroupBy(k => k.Table).ToDictionary(
                g => g.Key, g => new KeysAndAttributes { Keys = g.Select(k => k.Key).ToList(), ConsistentRead = _tables[g.Key].ConsistentRead }), cancellationToken);
        }
        _read = true;
    }

    private async Task ReadAsync(Dictionary<string, KeysAndAttributes> request, CancellationToken cancellationToken)
    {
        while (request.Count > 0)
        {
            var response = await _dynamoDb.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = request }, cancellationToken);
            foreach (var (tableName, items) in response.Responses ?? [])
            {
                var table = _tables[tableName];
                foreach (var item in items)
                {
                    // An item carries its key attributes: match it to the key that asked for it.
                    var key = table.Keys.First(k => k.Value.All(a => item.TryGetValue(a.Key, out var v) && Same(v, a.Value)));
                    table.Found[key.Key] = item;
                }
            }
            request = response.UnprocessedKeys ?? [];
        }
    }

    private static string Identity(Dictionary<string, AttributeValue> key) =>
        string.Join('\u001f', key.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}\u001e{a.Value.S}\u001e{a.Value.N}"));

    private static bool Same(AttributeValue a, AttributeValue b) => a.S == b.S && a.N == b.N;

    private sealed class TableReads
    {
        public bool ConsistentRead { get; set; }

        public Dictionary<string, Dictionary<string, AttributeValue>> Keys { get; } = [];

        public Dictionary<string, Dictionary<string, AttributeValue>> Found { get; } = [];
    }
}

/// <summary>One item of a <see cref="ReadBatch"/>, as the module that asked for it understands it.</summary>
public sealed class BatchedRead<T>(Func<T> value)
{
    public T Value => value();
}
