using Amazon.DynamoDBv2;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>The one way to start a <see cref="WriteTransaction"/> or a <see cref="ReadBatch"/>: a
/// use case begins as many as it commits (a sweep, one per order), each module adds its part.</summary>
public sealed class Transactions(IAmazonDynamoDB dynamoDb)
{
    public WriteTransaction BeginWrite() => new(dynamoDb);

    public ReadBatch BeginRead() => new(dynamoDb);

    /// <summary>Reads one item for each key in a batch of its own (one call per 100 keys), in key order.</summary>
    public async Task<IReadOnlyList<T>> ReadEachAsync<TKey, T>(
        IEnumerable<TKey> keys, Func<ReadBatch, TKey, BatchedRead<T>> find, CancellationToken cancellationToken)
    {
        var batch = BeginRead();
        var reads = keys.Distinct().Select(key => find(batch, key)).ToList();
        await batch.ReadAsync(cancellationToken);
        return reads.Select(read => read.Value).ToList();
    }
}
