using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Persistence;

/// <summary>The only code that knows the Orders table's attribute names. GSI1 lists a shopper's
/// orders newest first; GSI2 finds pending orders by age for the reservation sweep.</summary>
internal sealed class OrdersTable(IAmazonDynamoDB dynamoDb, OrdersOptions options)
{
    private const string OrderId = "orderId";
    private const string UserId = "userId";
    private const string Status = "status";
    private const string CreatedAt = "createdAt";

    public static TableDefinition Definition(OrdersOptions options) => new(new CreateTableRequest
    {
        TableName = options.TableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(OrderId, KeyType.HASH)],
        AttributeDefinitions =
        [
            new AttributeDefinition(OrderId, ScalarAttributeType.S),
            new AttributeDefinition(UserId, ScalarAttributeType.S),
            new AttributeDefinition(Status, ScalarAttributeType.S),
            new AttributeDefinition(CreatedAt, ScalarAttributeType.S),
        ],
        GlobalSecondaryIndexes =
        [
            Index(options.ByUserIndex, UserId),
            Index(OrdersOptions.ByStatusIndex, Status),
        ],
    });

    public TransactWriteItem Add(Order order) => new()
    {
        Put = new Put
        {
            TableName = options.TableName,
            Item = OrderItems.ToItem(order),
            ConditionExpression = $"attribute_not_exists({OrderId})",
        },
    };

    public async Task<Order?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(orderId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.IsItemSet ? OrderItems.ToOrder(response.Item) : null;
    }

    public Task<(IReadOnlyList<Order> Items, Dictionary<string, AttributeValue>? LastKey)> PageForUserAsync(
        string userId, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken) =>
        PageNewestFirstAsync(options.ByUserIndex, UserId, userId, limit, startKey, cancellationToken);

    public Task<(IReadOnlyList<Order> Items, Dictionary<string, AttributeValue>? LastKey)> PageByStatusAsync(
        string status, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken) =>
        PageNewestFirstAsync(OrdersOptions.ByStatusIndex, Status, status, limit, startKey, cancellationToken);

    /// <summary>A page of the orders one index holds under a key (a shopper, a status), newest first.</summary>
    private async Task<(IReadOnlyList<Order> Items, Dictionary<string, AttributeValue>? LastKey)> PageNewestFirstAsync(
        string index, string attribute, string value, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = index,
            KeyConditionExpression = "#key = :value",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#key"] = attribute },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":value"] = new() { S = value } },
            ScanIndexForward = false,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, cancellationToken);
        return (response.Items.Select(OrderItems.ToOrder).ToList(), response.LastEvaluatedKey is { Count: > 0 } last ? last : null);
    }

    public async Task<IReadOnlyList<Order>> FindPendingPlacedBeforeAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = OrdersOptions.ByStatusIndex,
            KeyConditionExpression = "#status = :pending AND createdAt < :cutoff",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":pending"] = new() { S = OrderStatus.Pending },
                [":cutoff"] = new() { S = OrderItems.Timestamp(cutoff) },
            },
            Limit = limit,
        }, cancellationToken);
        return response.Items.Select(OrderItems.ToOrder).ToList();
    }

    /// <summary>A status change that holds only if the order is still in <paramref name="from"/>.</summary>
    public TransactWriteItem Move(string orderId, string from, string to, DateTimeOffset now, IReadOnlyDictionary<string, string>? set = null)
    {
        var values = new Dictionary<string, AttributeValue>
        {
            [":from"] = new() { S = from },
            [":to"] = new() { S = to },
            [":now"] = new() { S = OrderItems.Timestamp(now) },
        };
        var assignments = new List<string> { "#status = :to", "updatedAt = :now" };
        foreach (var (attribute, value) in set ?? new Dictionary<string, string>())
        {
            values[$":{attribute}"] = new() { S = value };
            assignments.Add($"{attribute} = :{attribute}");
        }
        return new TransactWriteItem
        {
            Update = new Update
            {
                TableName = options.TableName,
                Key = Key(orderId),
                UpdateExpression = "SET " + string.Join(", ", assignments),
                ConditionExpression = "#status = :from",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
                ExpressionAttributeValues = values,
            },
        };
    }

    private static Dictionary<string, AttributeValue> Key(string orderId) => new() { [OrderId] = new() { S = orderId } };

    private static GlobalSecondaryIndex Index(string name, string partitionKey) => new()
    {
        IndexName = name,
        KeySchema = [new KeySchemaElement(partitionKey, KeyType.HASH), new KeySchemaElement(CreatedAt, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = ProjectionType.ALL },
    };
}
