using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>
/// Counts shared by every instance: one item per limit, client and window, in windows aligned to the
/// clock (window n covers [n·w, (n+1)·w)), so every instance names the same item without asking. A
/// counted request is one conditional update (<c>ADD</c> under <c>count &lt; permits</c>); a refused
/// one fails that condition and writes nothing. Items expire by TTL when their window has ended. The
/// item key holds the client key as the limit formed it (an IP or /64, a hash of an account, a shopper id).
/// </summary>
internal sealed class DynamoDbClientCounts(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider clock) : IClientCounts
{
    private const string CounterId = "counterId", Count = "requestCount", ExpiresAt = "expiresAt";

    /// <summary>Kept a while after its window ends, for a look at what happened; TTL then deletes it.</summary>
    private static readonly TimeSpan KeptAfterWindow = TimeSpan.FromMinutes(5);

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, CounterId, timeToLive: ExpiresAt);

    public async ValueTask<TimeSpan?> TryCountAsync(ClientLimit limit, string key, CancellationToken cancellationToken)
    {
        var (id, ends) = WindowOf(limit, key);
        var counted = await Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = tableName,
            Key = Attr.Map((CounterId, Attr.Text(id))),
            UpdateExpression = $"ADD {Count} :one SET {ExpiresAt} = :expiresAt",
            ConditionExpression = $"attribute_not_exists({Count}) OR {Count} < :permits",
            ExpressionAttributeValues = Attr.Map((":one", Attr.Number(1)), (":permits", Attr.Number(limit.Permits)),
                (":expiresAt", Attr.Epoch(ends + KeptAfterWindow))),
        }, cancellationToken));
        return counted ? null : Wait(ends);
    }

    public async ValueTask<TimeSpan?> RetryAfterAsync(ClientLimit limit, string key, CancellationToken cancellationToken)
    {
        var (id, ends) = WindowOf(limit, key);
        var item = await dynamoDb.FindAsync(tableName, Attr.Map((CounterId, Attr.Text(id))), consistentRead: true, cancellationToken);
        return item is not null && item.QuantityOr(Count, 0) >= limit.Permits ? Wait(ends) : null;
    }

    private (string Id, DateTimeOffset Ends) WindowOf(ClientLimit limit, string key)
    {
        var window = clock.GetUtcNow().ToUnixTimeMilliseconds() / (long)limit.Window.TotalMilliseconds;
        return ($"{limit.Name}#{key}#{window}", DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * (long)limit.Window.TotalMilliseconds));
    }

    private TimeSpan Wait(DateTimeOffset ends) => ends - clock.GetUtcNow();
}
