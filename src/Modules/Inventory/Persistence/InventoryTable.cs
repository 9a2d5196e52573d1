using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Inventory.Persistence;

/// <summary>The only code that knows the Inventory table's attribute names: one stock item a product.
/// Every write is a conditional update of the units it moves, never a blind overwrite, so two writers
/// never lose each other's change.</summary>
internal sealed class InventoryTable(IAmazonDynamoDB dynamoDb, InventoryOptions options)
{
    private const string ProductId = "productId";
    private const string Available = "availableQty";
    private const string Reserved = "reservedQty";
    private const string Sold = "soldQty";
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

    /// <summary>Adds the level to the caller's batch, read consistently; null after the read when there is none.</summary>
    public BatchedRead<StockLevel?> Find(ReadBatch batch, string productId) =>
        batch.Add(options.TableName, Key(productId), consistentRead: true, item => item is null ? null : ToStockLevel(item));

    public async Task<IReadOnlyDictionary<string, StockLevel>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var items = await dynamoDb.GetAllAsync(options.TableName, productIds.Distinct().Select(Key), consistentRead: true, cancellationToken);
        return items.Select(ToStockLevel).ToDictionary(level => level.ProductId, StringComparer.Ordinal);
    }

    /// <summary>Every product's level, read page by page (strongly consistent).</summary>
    public async Task<IReadOnlyList<StockLevel>> FindAllAsync(CancellationToken cancellationToken)
    {
        var levels = new List<StockLevel>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = options.TableName, ConsistentRead = true, ExclusiveStartKey = startKey }, cancellationToken);
            levels.AddRange(page.Items.Select(ToStockLevel));
            startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);
        return levels;
    }

    public Update Reserve(string productId, int qty, DateTimeOffset now) =>
        Movement(productId, $"{Available} = {Available} - :q, {Reserved} = {Reserved} + :q", $"{Available} >= :q", qty, now);

    public Update Release(string productId, int qty, DateTimeOffset now) =>
        Movement(productId, $"{Available} = {Available} + :q, {Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty, now);

    public Update Sell(string productId, int qty, DateTimeOffset now) =>
        Movement(productId, $"{Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty, now, add: $"{Sold} :q");

    /// <summary>Sets available to a counted quantity, on condition that it is still what was read (or
    /// that there was no stock record): a reservation made meanwhile fails the count, which reads again.</summary>
    public Update Count(string productId, StockLevel? read, int availableQty, DateTimeOffset now)
    {
        var values = new Dictionary<string, AttributeValue> { [":counted"] = Number(availableQty), [":zero"] = Number(0), [":now"] = Timestamp(now) };
        if (read is not null)
        {
            values[":read"] = Number(read.AvailableQty);
        }
        return new Update
        {
            TableName = options.TableName,
            Key = Key(productId),
            UpdateExpression = $"SET {Available} = :counted, {Reserved} = if_not_exists({Reserved}, :zero), {UpdatedAt} = :now ADD {Sold} :zero",
            ConditionExpression = read is null ? $"attribute_not_exists({ProductId})" : $"{Available} = :read",
            ExpressionAttributeValues = values,
        };
    }

    /// <summary>Changes available by a delta; stock taken away must be there.</summary>
    public Update Adjust(string productId, int delta, DateTimeOffset now)
    {
        var values = new Dictionary<string, AttributeValue> { [":delta"] = Number(delta), [":zero"] = Number(0), [":now"] = Timestamp(now) };
        if (delta < 0)
        {
            values[":taken"] = Number(-delta);
        }
        return new Update
        {
            TableName = options.TableName,
            Key = Key(productId),
            UpdateExpression = $"SET {Reserved} = if_not_exists({Reserved}, :zero), {UpdatedAt} = :now ADD {Available} :delta, {Sold} :zero",
            ConditionExpression = delta < 0 ? $"{Available} >= :taken" : null,
            ExpressionAttributeValues = values,
        };
    }

    /// <summary>Sets reserved to what live orders hold, moving the difference to or from available, on
    /// condition that nothing moved since the level was read.</summary>
    public Update Reconcile(StockLevel read, int pendingQty, DateTimeOffset now) => new()
    {
        TableName = options.TableName,
        Key = Key(read.ProductId),
        UpdateExpression = $"SET {Reserved} = :pending, {Available} = :available, {UpdatedAt} = :now",
        ConditionExpression = $"{Reserved} = :reserved AND {Available} = :read",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>
        {
            [":pending"] = Number(pendingQty),
            [":available"] = Number(read.AvailableQty + read.ReservedQty - pendingQty),
            [":reserved"] = Number(read.ReservedQty),
            [":read"] = Number(read.AvailableQty),
            [":now"] = Timestamp(now),
        },
    };

    private Update Movement(string productId, string set, string condition, int qty, DateTimeOffset now, string? add = null) => new()
    {
        TableName = options.TableName,
        Key = Key(productId),
        UpdateExpression = $"SET {set}, {UpdatedAt} = :now" + (add is null ? "" : $" ADD {add}"),
        ConditionExpression = condition,
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>
        {
            [":q"] = Number(qty),
            [":now"] = Timestamp(now),
        },
    };

    private static Dictionary<string, AttributeValue> Key(string productId) => new() { [ProductId] = new() { S = productId } };

    private static AttributeValue Number(int value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static AttributeValue Timestamp(DateTimeOffset value) => new() { S = value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };

    private static StockLevel ToStockLevel(Dictionary<string, AttributeValue> item) => new(
        item[ProductId].S,
        int.Parse(item[Available].N, CultureInfo.InvariantCulture),
        int.Parse(item[Reserved].N, CultureInfo.InvariantCulture),
        item.TryGetValue(Sold, out var sold) ? int.Parse(sold.N, CultureInfo.InvariantCulture) : 0,
        item.TryGetValue(UpdatedAt, out var updatedAt) ? DateTimeOffset.Parse(updatedAt.S, CultureInfo.InvariantCulture) : null);
}
