using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// The read counterpart of <see cref="WriteTransaction"/>: several modules add the items they need,
/// each through its own contract and table code, and the owner of the use case reads them all with
/// one DynamoDB BatchGetItem. Each module then maps its own items back; none sees another's table.
/// </summary>
public sealed class ReadBatch(IAmazonDynamoDB dynamoDb)
{
    // DynamoDB's BatchGetItem takes at most 100 keys a call; a batch is meant to be one call.
    public const int MaxKeys = 100;

    private readonly Dictionary<string, TableReads> _tables = [];
    private int _count;
    private bool _read;

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
            if (_count == MaxKeys)
            {
                throw new InvalidOperationException($"A read batch holds at most {MaxKeys} keys.");
            }
            table.Keys[identity] = key;
            _count++;
        }
        return new BatchedRead<T>(() => _read
            ? map(table.Found.GetValueOrDefault(identity))
            : throw new InvalidOperationException("Read the batch before its items."));
    }

    /// <summary>One BatchGetItem, asking again only for what DynamoDB left unprocessed.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken)
    {
        var request = _tables.ToDictionary(t => t.Key, t => new KeysAndAttributes { Keys = t.Value.Keys.Values.ToList(), ConsistentRead = t.Value.ConsistentRead });
        while (request.Count > 0)
        {
            var response = await dynamoDb.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = request }, cancellationToken);
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
        _read = true;
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
