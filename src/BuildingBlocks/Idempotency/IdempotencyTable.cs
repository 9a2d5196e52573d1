using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.BuildingBlocks.Idempotency;

/// <summary>Remembered requests, one item per caller, endpoint and key; DynamoDB TTL removes them
/// after a day.</summary>
internal sealed class IdempotencyTable(IAmazonDynamoDB dynamoDb, IdempotencyOptions options, TimeProvider clock)
{
    private const string Key = "idempotencyKey";
    private const string ExpiresAt = "expiresAt";
    private const string InProgress = "IN_PROGRESS";
    private const string Done = "DONE";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(Key, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(Key, ScalarAttributeType.S)],
    }, TimeToLiveAttribute: ExpiresAt);

    /// <summary>Claims the key for this request, or tells what an earlier request with it left.</summary>
    public async Task<Remembered?> ClaimAsync(string key, string fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = options.TableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    [Key] = new() { S = key },
                    ["fingerprint"] = new() { S = fingerprint },
                    ["state"] = new() { S = InProgress },
                    [ExpiresAt] = Epoch(now + options.Lifetime),
                },
                // TTL deletes lazily: an expired item still there counts as gone.
                ConditionExpression = $"attribute_not_exists({Key}) OR {ExpiresAt} < :now",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":now"] = Epoch(now) },
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return null;
        }
        catch (ConditionalCheckFailedException taken)
        {
            var item = taken.Item;
            return new Remembered(
                item["fingerprint"].S,
                item["state"].S == InProgress,
                item.TryGetValue("status", out var status) ? int.Parse(status.N, CultureInfo.InvariantCulture) : 0,
                item.TryGetValue("body", out var body) ? body.S : null,
                item.TryGetValue("contentType", out var contentType) ? contentType.S : null);
        }
    }

    public async Task CompleteAsync(string key, int status, string body, string contentType, CancellationToken cancellationToken) =>
        await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = new Dictionary<string, AttributeValue> { [Key] = new() { S = key } },
            UpdateExpression = "SET #state = :done, #status = :status, body = :body, contentType = :contentType",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#state"] = "state", ["#status"] = "status" },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":done"] = new() { S = Done },
                [":status"] = new() { N = status.ToString(CultureInfo.InvariantCulture) },
                [":body"] = new() { S = body },
                [":contentType"] = new() { S = contentType },
            },
        }, cancellationToken);

    /// <summary>Lets the key be used again: the request failed on our side and may be retried.</summary>
    public async Task ForgetAsync(string key) =>
        await dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.TableName,
            Key = new Dictionary<string, AttributeValue> { [Key] = new() { S = key } },
        });

    private static AttributeValue Epoch(DateTimeOffset value) => new() { N = value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

internal sealed record Remembered(string Fingerprint, bool InProgress, int Status, string? Body, string? ContentType);

internal sealed record IdempotencyOptions(string TableName, TimeSpan Lifetime);
