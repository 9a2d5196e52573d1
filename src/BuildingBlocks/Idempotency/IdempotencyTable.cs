using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.BuildingBlocks.Idempotency;

/// <summary>Remembered requests, one item per caller, endpoint and key. A request in flight holds a
/// short lease that a retry takes over once it lapses; a finished answer is kept for a day (DynamoDB
/// TTL). Completing or releasing a key holds only for the lease that claimed it, so a request that
/// lost its lease never overwrites the answer of the retry that took over.</summary>
internal sealed class IdempotencyTable(IAmazonDynamoDB dynamoDb, IdempotencyOptions options, TimeProvider clock)
{
    private const string Key = "idempotencyKey";
    private const string ExpiresAt = "expiresAt";
    private const string LeaseId = "leaseId";
    private const string InProgress = "IN_PROGRESS";
    private const string Done = "DONE";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(Key, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(Key, ScalarAttributeType.S)],
    }, TimeToLiveAttribute: ExpiresAt);

    /// <summary>Claims the key for this request under a new lease, or tells what an earlier request
    /// with it left. An in-progress claim whose lease lapsed (its request died) is taken over.</summary>
    public async Task<Claim> ClaimAsync(string key, string fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = Guid.NewGuid().ToString("N");
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
                    [LeaseId] = new() { S = lease },
                    [ExpiresAt] = Epoch(now + options.Lease),
                },
                // Both a lapsed lease and a finished answer past its day end at expiresAt; TTL deletes
                // lazily, so an expired item still there counts as gone. Another body never takes over.
                ConditionExpression = $"attribute_not_exists({Key}) OR ({ExpiresAt} < :now AND (#state = :done OR fingerprint = :fingerprint))",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#state"] = "state" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":now"] = Epoch(now),
                    [":done"] = new() { S = Done },
                    [":fingerprint"] = new() { S = fingerprint },
                },
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return new Claim(lease, null);
        }
        catch (ConditionalCheckFailedException taken)
        {
            var item = taken.Item;
            return new Claim(null, new Remembered(
                item["fingerprint"].S,
                item["state"].S == InProgress,
                item.TryGetValue("status", out var status) ? int.Parse(status.N, CultureInfo.InvariantCulture) : 0,
                item.TryGetValue("body", out var body) ? body.S : null,
                item.TryGetValue("contentType", out var contentType) ? contentType.S : null,
                item.TryGetValue("location", out var location) ? location.S : null));
        }
    }

    /// <summary>Keeps the answer for a day. Not cancellable: the work it records is done, and a client
    /// that went away must still find its answer when it retries.</summary>
    public async Task CompleteAsync(string key, string lease, Answered answer)
    {
        var values = new Dictionary<string, AttributeValue>
        {
            [":done"] = new() { S = Done },
            [":status"] = new() { N = answer.Status.ToString(CultureInfo.InvariantCulture) },
            [":body"] = new() { S = answer.Body },
            [":contentType"] = new() { S = answer.ContentType },
            [":expiresAt"] = Epoch(clock.GetUtcNow() + options.Lifetime),
            [":lease"] = new() { S = lease },
        };
        var names = new Dictionary<string, string> { ["#state"] = "state", ["#status"] = "status" };
        var set = "#state = :done, #status = :status, body = :body, contentType = :contentType, expiresAt = :expiresAt";
        if (answer.Location is not null)
        {
            values[":location"] = new() { S = answer.Location };
            names["#location"] = "location";
            set += ", #location = :location";
        }
        await IfStillLeasedAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = KeyOf(key),
            UpdateExpression = "SET " + set,
            ConditionExpression = $"{LeaseId} = :lease",
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        }));
    }

    /// <summary>Lets the key be used again: the request failed on our side and may be retried.</summary>
    public async Task ReleaseAsync(string key, string lease) =>
        await IfStillLeasedAsync(() => dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.TableName,
            Key = KeyOf(key),
            ConditionExpression = $"{LeaseId} = :lease",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":lease"] = new() { S = lease } },
        }));

    /// <summary>A lease taken over by a retry belongs to that retry now: leave its item alone.</summary>
    private static async Task IfStillLeasedAsync(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    private static Dictionary<string, AttributeValue> KeyOf(string key) => new() { [Key] = new() { S = key } };

    private static AttributeValue Epoch(DateTimeOffset value) => new() { N = value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) };
}

/// <summary>Either a lease on the key (this request goes ahead) or what an earlier request left.</summary>
internal sealed record Claim(string? Lease, Remembered? Earlier);

internal sealed record Remembered(string Fingerprint, bool InProgress, int Status, string? Body, string? ContentType, string? Location);

internal sealed record Answered(int Status, string Body, string ContentType, string? Location);

internal sealed record IdempotencyOptions(string TableName, TimeSpan Lifetime, TimeSpan Lease);
