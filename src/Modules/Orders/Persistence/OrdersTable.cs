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
    private const string PaymentId = "paymentId";
    private const string CancelReason = "cancelReason";
    private const string TrackingNumber = "trackingNumber";
    private const string UnpaidCount = "unpaidCount";

    public const string UnpaidLimitCheck = "unpaid-orders-limit";

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
        // The unpaid-order counters share the key space and are not orders.
        return response.IsItemSet && response.Item.ContainsKey(Status) ? OrderItems.ToOrder(response.Item) : null;
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

    /// <summary>One page of orders in <paramref name="status"/> placed before <paramref name="cutoff"/>, oldest first.</summary>
    public async Task<(IReadOnlyList<Order> Items, Dictionary<string, AttributeValue>? LastKey)> PagePlacedBeforeAsync(
        OrderStatus status, DateTimeOffset cutoff, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = OrdersOptions.ByStatusIndex,
            KeyConditionExpression = "#status = :status AND createdAt < :cutoff",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":status"] = new() { S = status.Name() },
                [":cutoff"] = new() { S = OrderItems.Timestamp(cutoff) },
            },
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, cancellationToken);
        return (response.Items.Select(OrderItems.ToOrder).ToList(), response.LastEvaluatedKey is { Count: > 0 } last ? last : null);
    }

    /// <summary>The move, holding only if the order is still where the move starts.</summary>
    public TransactWriteItem Move(string orderId, OrderTransition transition, DateTimeOffset now, OrderChange change)
    {
        var values = new Dictionary<string, AttributeValue>
        {
            [":from"] = new() { S = transition.From.Name() },
            [":to"] = new() { S = transition.To.Name() },
            [":now"] = new() { S = OrderItems.Timestamp(now) },
        };
        var assignments = new List<string> { "#status = :to", "updatedAt = :now" };
        Set(PaymentId, change.PaymentId);
        Set(CancelReason, change.CancelReason);
        Set(TrackingNumber, change.TrackingNumber);
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

        void Set(string attribute, string? value)
        {
            if (value is not null)
            {
                values[$":{attribute}"] = new() { S = value };
                assignments.Add($"{attribute} = :{attribute}");
            }
        }
    }

    /// <summary>Counts one more unpaid order for the shopper, refused (check <see cref="UnpaidLimitCheck"/>)
    /// when they already have <paramref name="max"/>; 0 counts without a limit.</summary>
    public TransactWriteItem TakeUnpaidSlot(string userId, int max)
    {
        var update = new Update
        {
            TableName = options.TableName,
            Key = Key(UnpaidCounterId(userId)),
            UpdateExpression = $"SET {UnpaidCount} = if_not_exists({UnpaidCount}, :zero) + :one",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":zero"] = new() { N = "0" },
                [":one"] = new() { N = "1" },
            },
        };
        if (max > 0)
        {
            update.ConditionExpression = $"attribute_not_exists({UnpaidCount}) OR {UnpaidCount} < :max";
            update.ExpressionAttributeValues[":max"] = new() { N = max.ToString(CultureInfo.InvariantCulture) };
        }
        return new TransactWriteItem { Update = update };
    }

    /// <summary>The order stopped being unpaid. Unconditional, so that no move out of PENDING or
    /// PAYING can be refused by the counter.</summary>
    public TransactWriteItem ReleaseUnpaidSlot(string userId) => new()
    {
        Update = new Update
        {
            TableName = options.TableName,
            Key = Key(UnpaidCounterId(userId)),
            UpdateExpression = $"SET {UnpaidCount} = if_not_exists({UnpaidCount}, :one) - :one",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":one"] = new() { N = "1" } },
        },
    };

    // The counter shares the table's key space; it has no status or createdAt, so no index lists it.
    private static string UnpaidCounterId(string userId) => $"UNPAID#{userId}";

    private static Dictionary<string, AttributeValue> Key(string orderId) => new() { [OrderId] = new() { S = orderId } };

    private static GlobalSecondaryIndex Index(string name, string partitionKey) => new()
    {
        IndexName = name,
        KeySchema = [new KeySchemaElement(partitionKey, KeyType.HASH), new KeySchemaElement(CreatedAt, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = ProjectionType.ALL },
    };
}
