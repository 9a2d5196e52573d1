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
    private const string Key = "idempotencyKey", ExpiresAt = "expiresAt", LeaseId = "leaseId", Fingerprint = "fingerprint", State = "state";
    private const string Status = "status", Body = "body", ContentType = "contentType", Location = "location";
    private const string InProgress = "IN_PROGRESS", Done = "DONE";

    /// <summary>"state", "status" and "location" are DynamoDB reserved words.</summary>
    private static readonly Dictionary<string, string> ReservedNames = new() { ["#state"] = State, ["#status"] = Status, ["#location"] = Location };

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, Key, timeToLive: ExpiresAt);

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
                Item = Attr.Map((Key, Attr.Text(key)), (Fingerprint, Attr.Text(fingerprint)), (State, Attr.Text(InProgress)),
                    (LeaseId, Attr.Text(lease)), (ExpiresAt, Attr.Epoch(now + options.Lease))),
                // Both a lapsed lease and a finished answer past its day end at expiresAt; TTL deletes
                // lazily, so an expired item still there counts as gone. Another body never takes over.
                ConditionExpression = $"attribute_not_exists({Key}) OR ({ExpiresAt} < :now AND (#state = :done OR {Fingerprint} = :fingerprint))",
                ExpressionAttributeNames = new() { ["#state"] = State },
                ExpressionAttributeValues = Attr.Map((":now", Attr.Epoch(now)), (":done", Attr.Text(Done)), (":fingerprint", Attr.Text(fingerprint))),
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return new Claim(lease, null);
        }
        catch (ConditionalCheckFailedException taken)
        {
            var item = taken.Item;
            return new Claim(null, new Remembered(item.Text(Fingerprint), item.Text(State) == InProgress, item.QuantityOr(Status, 0),
                item.TextOrNull(Body), item.TextOrNull(ContentType), item.TextOrNull(Location)));
        }
    }

    /// <summary>Keeps the answer for a day. Not cancellable: the work it records is done, and a client
    /// that went away must still find its answer when it retries.</summary>
    public Task CompleteAsync(string key, string lease, Answered answer) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = KeyOf(key),
            UpdateExpression = $"SET #state = :done, #status = :status, {Body} = :body, {ContentType} = :contentType, {ExpiresAt} = :expiresAt"
                + (answer.Location is null ? "" : ", #location = :location"),
            // A lease taken over by a retry belongs to that retry now: its item is left alone.
            ConditionExpression = $"{LeaseId} = :lease",
            ExpressionAttributeNames = answer.Location is null ? ReservedNames.Where(n => n.Key != "#location").ToDictionary() : ReservedNames,
            ExpressionAttributeValues = Attr.Map((":done", Attr.Text(Done)), (":status", Attr.Number(answer.Status)), (":body", Attr.Text(answer.Body)),
                (":contentType", Attr.Text(answer.ContentType)), (":expiresAt", Attr.Epoch(clock.GetUtcNow() + options.Lifetime)),
                (":lease", Attr.Text(lease)), (":location", Attr.TextOrNull(answer.Location))),
        }));

    /// <summary>Adds the answer to the transaction that does the request's work, so that both are written
    /// or neither. It takes the lease away (no condition on it: whichever request's work commits, its
    /// answer is the one kept), so that neither this request nor one that took over can release the key
    /// or overwrite the answer afterwards, even when the commit's own answer is lost on the way back.</summary>
    public void Complete(WriteTransaction transaction, string key, string fingerprint, Answered answer) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = KeyOf(key),
        UpdateExpression = $"SET #state = :done, #status = :status, {Body} = :body, {ContentType} = :contentType, {ExpiresAt} = :expiresAt, "
            + $"{Fingerprint} = :fingerprint" + (answer.Location is null ? "" : ", #location = :location") + $" REMOVE {LeaseId}",
        ExpressionAttributeNames = answer.Location is null ? ReservedNames.Where(n => n.Key != "#location").ToDictionary() : ReservedNames,
        ExpressionAttributeValues = Attr.Map((":done", Attr.Text(Done)), (":status", Attr.Number(answer.Status)), (":body", Attr.Text(answer.Body)),
            (":contentType", Attr.Text(answer.ContentType)), (":expiresAt", Attr.Epoch(clock.GetUtcNow() + options.Lifetime)),
            (":fingerprint", Attr.Text(fingerprint)), (":location", Attr.TextOrNull(answer.Location))),
    });

    /// <summary>Lets the key be used again: the request failed on our side and may be retried.</summary>
    public Task ReleaseAsync(string key, string lease) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.TableName,
            Key = KeyOf(key),
            ConditionExpression = $"{LeaseId} = :lease",
            ExpressionAttributeValues = Attr.Map((":lease", Attr.Text(lease))),
        }));

    private static Dictionary<string, AttributeValue> KeyOf(string key) => Attr.Map((Key, Attr.Text(key)));
}

/// <summary>Either a lease on the key (this request goes ahead) or what an earlier request left.</summary>
internal sealed record Claim(string? Lease, Remembered? Earlier);

internal sealed record Remembered(string Fingerprint, bool InProgress, int Status, string? Body, string? ContentType, string? Location);

internal sealed record Answered(int Status, string Body, string ContentType, string? Location);

internal sealed record IdempotencyOptions(string TableName, TimeSpan Lifetime, TimeSpan Lease);

/// <summary>The key this request claimed, for a handler that writes its answer in its own transaction.</summary>
internal sealed record ClaimedKey(IdempotencyTable Table, string Key, string Lease, string Fingerprint);
