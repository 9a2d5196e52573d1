using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

public static class BatchReads
{
    // DynamoDB's BatchGetItem takes at most 100 keys a call.
    private const int MaxKeysPerCall = 100;

    /// <summary>Reads every item with these keys from one table: 100 keys a call, asking again for
    /// whatever DynamoDB left unprocessed. Missing items are simply absent.</summary>
    public static async Task<List<Dictionary<string, AttributeValue>>> GetAllAsync(
        this IAmazonDynamoDB dynamoDb, string tableName, IEnumerable<Dictionary<string, AttributeValue>> keys, bool consistentRead, CancellationToken cancellationToken)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        foreach (var chunk in keys.Chunk(MaxKeysPerCall))
        {
            var request = new Dictionary<string, KeysAndAttributes> { [tableName] = new() { Keys = chunk.ToList(), ConsistentRead = consistentRead } };
            while (request.Count > 0)
            {
                var response = await dynamoDb.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = request }, cancellationToken);
                items.AddRange(response.Responses.GetValueOrDefault(tableName) ?? []);
                request = response.UnprocessedKeys ?? [];
            }
        }
        return items;
    }
}
