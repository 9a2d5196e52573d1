using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Persistence;

/// <summary>The only code that knows the Notifications table's attribute names.</summary>
internal sealed class NotificationsTable(IAmazonDynamoDB dynamoDb, NotificationsOptions options)
{
    private const string NotificationId = "notificationId";
    private const string Type = "type";
    private const string Recipient = "recipient";
    private const string UserId = "userId";
    private const string OrderId = "orderId";
    private const string Amount = "amount";
    private const string Currency = "currency";
    private const string Lines = "lines";
    private const string LineName = "name";
    private const string LineQty = "qty";
    private const string LinePrice = "price";
    private const string Status = "status";
    private const string Error = "error";
    private const string MessageId = "messageId";
    private const string Attempts = "attempts";
    private const string CreatedAt = "createdAt";
    private const string UpdatedAt = "updatedAt";
    private const string RetryLeaseUntil = "retryLeaseUntil";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(NotificationId, KeyType.HASH)],
        AttributeDefinitions =
        [
            new AttributeDefinition(NotificationId, ScalarAttributeType.S),
            new AttributeDefinition(Status, ScalarAttributeType.S),
            new AttributeDefinition(CreatedAt, ScalarAttributeType.S),
        ],
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = NotificationsOptions.StatusIndex,
                KeySchema = [new KeySchemaElement(Status, KeyType.HASH), new KeySchemaElement(CreatedAt, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
    });

    /// <summary>The key names of a listing page's cursor: the table's, plus the index's when by status.</summary>
    public static IReadOnlyDictionary<string, string?> PageKeys(NotificationStatus? status) => status is null
        ? new Dictionary<string, string?> { [NotificationId] = null }
        : new Dictionary<string, string?> { [NotificationId] = null, [CreatedAt] = null, [Status] = StatusName(status.Value) };

    public async Task AddAsync(Notification notification, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = ToItem(notification),
            ConditionExpression = $"attribute_not_exists({NotificationId})",
        }, cancellationToken);

    public async Task<Notification?> FindAsync(string notificationId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(notificationId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.IsItemSet ? ToNotification(response.Item) : null;
    }

    /// <summary>Takes the right to resend a failed notification until <paramref name="leaseUntil"/>,
    /// so two admins pressing retry at once send one e-mail. False when it is not failed (any more)
    /// or another retry holds an unexpired lease.</summary>
    public async Task<bool> ClaimRetryAsync(string notificationId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = options.TableName,
                Key = Key(notificationId),
                UpdateExpression = $"SET {RetryLeaseUntil} = :leaseUntil",
                ConditionExpression = $"#status = :failed AND (attribute_not_exists({RetryLeaseUntil}) OR {RetryLeaseUntil} < :now)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":leaseUntil"] = Timestamp(leaseUntil),
                    [":failed"] = new() { S = StatusName(NotificationStatus.Failed) },
                    [":now"] = Timestamp(now),
                },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>Records how a retry went and gives up the lease; false when the lease was lost meanwhile.</summary>
    public async Task<bool> SaveRetryAsync(Notification notification, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = options.TableName,
                Item = ToItem(notification),
                ConditionExpression = $"{RetryLeaseUntil} = :leaseUntil",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":leaseUntil"] = Timestamp(leaseUntil) },
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>A page of notifications: of one status newest first through the index, or else the whole table.</summary>
    public async Task<(IReadOnlyList<Notification> Items, Dictionary<string, AttributeValue>? LastKey)> PageAsync(
        NotificationStatus? status, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        if (status is null)
        {
            var scan = await dynamoDb.ScanAsync(new ScanRequest { TableName = options.TableName, Limit = limit, ExclusiveStartKey = startKey }, cancellationToken);
            return (scan.Items.Select(ToNotification).ToList(), NullIfEmpty(scan.LastEvaluatedKey));
        }
        var query = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = NotificationsOptions.StatusIndex,
            KeyConditionExpression = "#status = :status",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":status"] = new() { S = StatusName(status.Value) } },
            ScanIndexForward = false,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, cancellationToken);
        return (query.Items.Select(ToNotification).ToList(), NullIfEmpty(query.LastEvaluatedKey));
    }

    public static string StatusName(NotificationStatus status) => status == NotificationStatus.Sent ? "SENT" : "FAILED";

    private static Dictionary<string, AttributeValue> Key(string notificationId) => new() { [NotificationId] = new() { S = notificationId } };

    private static Dictionary<string, AttributeValue>? NullIfEmpty(Dictionary<string, AttributeValue>? key) => key is { Count: > 0 } ? key : null;

    private static AttributeValue Timestamp(DateTimeOffset value) => new() { S = value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };

    private static Dictionary<string, AttributeValue> ToItem(Notification n)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [NotificationId] = new() { S = n.NotificationId },
            [Type] = new() { S = n.Type.WireName() },
            [Recipient] = new() { S = n.Recipient },
            [UserId] = new() { S = n.UserId },
            [Status] = new() { S = StatusName(n.Status) },
            [Attempts] = new() { N = n.Attempts.ToString(CultureInfo.InvariantCulture) },
            [CreatedAt] = Timestamp(n.CreatedAt),
        };
        AddIfSet(item, OrderId, n.OrderId);
        AddIfSet(item, Currency, n.Currency);
        AddIfSet(item, Error, n.Error);
        AddIfSet(item, MessageId, n.MessageId);
        if (n.Amount is { } amount)
        {
            item[Amount] = new() { N = amount.ToString(CultureInfo.InvariantCulture) };
        }
        if (n.UpdatedAt is { } updatedAt)
        {
            item[UpdatedAt] = Timestamp(updatedAt);
        }
        if (n.Lines.Count > 0)
        {
            item[Lines] = new()
            {
                L = n.Lines.Select(line => new AttributeValue
                {
                    M = new()
                    {
                        [LineName] = new() { S = line.Name },
                        [LineQty] = new() { N = line.Qty.ToString(CultureInfo.InvariantCulture) },
                        [LinePrice] = new() { N = line.Price.ToString(CultureInfo.InvariantCulture) },
                    },
                }).ToList(),
            };
        }
        return item;
    }

    private static void AddIfSet(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            item[name] = new() { S = value };
        }
    }

    private static Notification ToNotification(Dictionary<string, AttributeValue> item) => new(
        item[NotificationId].S,
        NotificationTypes.Parse(item[Type].S),
        item[Recipient].S,
        item[UserId].S,
        Text(item, OrderId),
        item.TryGetValue(Amount, out var amount) ? decimal.Parse(amount.N, CultureInfo.InvariantCulture) : null,
        Text(item, Currency),
        item.TryGetValue(Lines, out var lines) && lines.L is { } list
            ? list.Select(line => new EmailLine(line.M[LineName].S, int.Parse(line.M[LineQty].N, CultureInfo.InvariantCulture),
                decimal.Parse(line.M[LinePrice].N, CultureInfo.InvariantCulture))).ToList()
            : [],
        item[Status].S == StatusName(NotificationStatus.Sent) ? NotificationStatus.Sent : NotificationStatus.Failed,
        Text(item, Error),
        Text(item, MessageId),
        int.Parse(item[Attempts].N, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(item[CreatedAt].S, CultureInfo.InvariantCulture),
        item.TryGetValue(UpdatedAt, out var updatedAt) ? DateTimeOffset.Parse(updatedAt.S, CultureInfo.InvariantCulture) : null);

    private static string? Text(Dictionary<string, AttributeValue> item, string name) => item.TryGetValue(name, out var value) ? value.S : null;
}
