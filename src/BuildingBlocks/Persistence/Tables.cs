using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>One page of what a query or scan found, and the key to resume after it (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, Dictionary<string, AttributeValue>? LastKey);

/// <summary>The DynamoDB calls every table makes the same way, so that a table class says only its
/// schema and its queries.</summary>
public static class Tables
{
    /// <summary>The item with this key, or null.</summary>
    public static async Task<Dictionary<string, AttributeValue>?> FindAsync(
        this IAmazonDynamoDB dynamoDb, string tableName, Dictionary<string, AttributeValue> key, bool consistentRead, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = key, ConsistentRead = consistentRead }, cancellationToken);
        return response.IsItemSet ? response.Item : null;
    }

    public static async Task<Page<T>> QueryPageAsync<T>(
        this IAmazonDynamoDB dynamoDb, QueryRequest request, Func<Dictionary<string, AttributeValue>, T> map, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(request, cancellationToken);
        return new Page<T>((response.Items ?? []).Select(map).ToList(), LastKey(response.LastEvaluatedKey));
    }

    public static async Task<Page<T>> ScanPageAsync<T>(
        this IAmazonDynamoDB dynamoDb, ScanRequest request, Func<Dictionary<string, AttributeValue>, T> map, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.ScanAsync(request, cancellationToken);
        return new Page<T>((response.Items ?? []).Select(map).ToList(), LastKey(response.LastEvaluatedKey));
    }

    /// <summary>How many items a query finds, counting at most <paramref name="cap"/> + 1 in one call, so a
    /// caller can say "more than <paramref name="cap"/>" without reading further.</summary>
    public static async Task<int> CountUpToAsync(this IAmazonDynamoDB dynamoDb, QueryRequest request, int cap, CancellationToken cancellationToken)
    {
        request.Select = Select.COUNT;
        request.Limit = cap + 1;
        return (await dynamoDb.QueryAsync(request, cancellationToken)).Count ?? 0;
    }

    /// <summary>How many items of an index have <paramref name="key"/> as their partition key, counting at
    /// most <paramref name="cap"/> + 1 in one Query (the status indexes' work queues).</summary>
    public static Task<int> CountUpToAsync(
        this IAmazonDynamoDB dynamoDb, string tableName, string indexName, string keyAttribute, AttributeValue key, int cap, CancellationToken cancellationToken) =>
        dynamoDb.CountUpToAsync(new QueryRequest
        {
            TableName = tableName,
            IndexName = indexName,
            KeyConditionExpression = "#key = :key",
            ExpressionAttributeNames = new() { ["#key"] = keyAttribute },
            ExpressionAttributeValues = new() { [":key"] = key },
        }, cap, cancellationToken);

    /// <summary>Every item, page after page, from a read that starts at <c>startKey</c>.</summary>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<Dictionary<string, AttributeValue>?, CancellationToken, Task<Page<T>>> readPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await readPage(startKey, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            startKey = page.LastKey;
        }
        while (startKey is not null);
    }

    /// <summary>Runs a conditional write on its own; false when its condition was refused.</summary>
    public static async Task<bool> IfConditionHoldsAsync(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private static Dictionary<string, AttributeValue>? LastKey(Dictionary<string, AttributeValue>? key) => key is { Count: > 0 } ? key : null;
}
