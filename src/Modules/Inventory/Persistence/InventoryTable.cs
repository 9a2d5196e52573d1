using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Inventory.Persistence;

/// <summary>The only code that knows the Inventory table's attribute names.</summary>
internal sealed class InventoryTable(IAmazonDynamoDB dynamoDb, InventoryOptions options, TimeProvider clock)
{
    private const string ProductId = "productId";
    private const string Available = "availableQty";
    private const string Reserved = "reservedQty";
    private const string UpdatedAt = "updatedAt";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(ProductId, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(ProductId, ScalarAttributeType.S)],
    });

    public async Task<StockLevel?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(productId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.IsItemSet ? ToStockLevel(response.Item) : null;
    }

    public async Task<IReadOnlyDictionary<string, StockLevel>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var items = await dynamoDb.GetAllAsync(options.TableName, productIds.Distinct().Select(Key), consistentRead: true, cancellationToken);
        return items.Select(ToStockLevel).ToDictionary(level => level.ProductId, StringComparer.Ordinal);
    }

    /// <summary>Sets the levels a stock count found. Without a reserved quantity the current
    /// reservations are kept, so a recount never frees stock that pending orders hold.</summary>
    public async Task<StockLevel> SetAsync(string productId, int availableQty, int? reservedQty, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(productId),
            UpdateExpression = reservedQty is null
                ? $"SET {Available} = :a, {Reserved} = if_not_exists({Reserved}, :zero), {UpdatedAt} = :now"
                : $"SET {Available} = :a, {Reserved} = :r, {UpdatedAt} = :now",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":a"] = Number(availableQty),
                [reservedQty is null ? ":zero" : ":r"] = Number(reservedQty ?? 0),
                [":now"] = new() { S = Timestamp(clock.GetUtcNow()) },
            },
            ReturnValues = ReturnValue.ALL_NEW,
        }, cancellationToken);
        return ToStockLevel(response.Attributes);
    }

    public Update Reserve(string productId, int qty) =>
        Movement(productId, $"{Available} = {Available} - :q, {Reserved} = {Reserved} + :q", $"{Available} >= :q", qty);

    public Update Release(string productId, int qty) =>
        Movement(productId, $"{Available} = {Available} + :q, {Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty);

    public Update Sell(string productId, int qty) =>
        Movement(productId, $"{Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty);

    /// <summary>Applies one movement on its own. Returns the new level, or null with the level that
    /// made the condition fail (null when the product has no stock record).</summary>
    public async Task<(StockLevel? Applied, StockLevel? Refused)> ApplyAsync(Update movement, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = movement.TableName,
                Key = movement.Key,
                UpdateExpression = movement.UpdateExpression,
                ConditionExpression = movement.ConditionExpression,
                ExpressionAttributeValues = movement.ExpressionAttributeValues,
                ReturnValues = ReturnValue.ALL_NEW,
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, cancellationToken);
            return (ToStockLevel(response.Attributes), null);
        }
        catch (ConditionalCheckFailedException refused)
        {
            return (null, refused.Item is { Count: > 0 } item ? ToStockLevel(item) : null);
        }
    }

    private Update Movement(string productId, string set, string condition, int qty) => new()
    {
        TableName = options.TableName,
        Key = Key(productId),
        UpdateExpression = $"SET {set}, {UpdatedAt} = :now",
        ConditionExpression = condition,
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>
        {
            [":q"] = Number(qty),
            [":now"] = new() { S = Timestamp(clock.GetUtcNow()) },
        },
    };

    private static Dictionary<string, AttributeValue> Key(string productId) => new() { [ProductId] = new() { S = productId } };

    private static AttributeValue Number(int value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static StockLevel ToStockLevel(Dictionary<string, AttributeValue> item) => new(
        item[ProductId].S,
        int.Parse(item[Available].N, CultureInfo.InvariantCulture),
        int.Parse(item[Reserved].N, CultureInfo.InvariantCulture),
        item.TryGetValue(UpdatedAt, out var updatedAt) ? DateTimeOffset.Parse(updatedAt.S, CultureInfo.InvariantCulture) : null);
}
