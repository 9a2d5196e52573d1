using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory.Domain;

namespace CloudRetail.Inventory.Persistence;

/// <summary>The only code that knows the stock ledger's attribute names: one item a product and
/// movement, keyed by product and a time-ordered movement id, so a product's history is one query.
/// Entries are only ever added, in the same transaction as the stock change they record.</summary>
internal sealed class StockLedgerTable(IAmazonDynamoDB dynamoDb, InventoryOptions options)
{
    private const string ProductId = "productId";
    private const string MovementId = "movementId";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(ProductId, KeyType.HASH), new KeySchemaElement(MovementId, KeyType.RANGE)],
        AttributeDefinitions = [new AttributeDefinition(ProductId, ScalarAttributeType.S), new AttributeDefinition(MovementId, ScalarAttributeType.S)],
    });

    public Put Record(StockMovement movement)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [ProductId] = new() { S = movement.ProductId },
            // Time first so a product's entries sort by when they happened; the suffix keeps two
            // movements of one instant apart.
            [MovementId] = new() { S = $"{Timestamp(movement.MovedAt)}#{Guid.NewGuid():N}" },
            ["kind"] = new() { S = movement.Kind.ToString().ToUpperInvariant() },
            ["qty"] = new() { N = movement.Qty.ToString(CultureInfo.InvariantCulture) },
            ["movedAt"] = new() { S = Timestamp(movement.MovedAt) },
        };
        Optional(item, "orderId", movement.OrderId);
        Optional(item, "by", movement.By);
        Optional(item, "reason", movement.Reason);
        return new Put { TableName = options.LedgerTableName, Item = item, ConditionExpression = $"attribute_not_exists({MovementId})" };
    }

    /// <summary>A product's movements, newest first.</summary>
    public async Task<(IReadOnlyList<LedgerEntry> Items, Dictionary<string, AttributeValue>? LastKey)> PageAsync(
        string productId, PageRequest page, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.LedgerTableName,
            KeyConditionExpression = $"{ProductId} = :productId",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":productId"] = new() { S = productId } },
            ScanIndexForward = false,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, cancellationToken);
        return (response.Items.Select(ToEntry).ToList(), response.LastEvaluatedKey is { Count: > 0 } last ? last : null);
    }

    private static LedgerEntry ToEntry(Dictionary<string, AttributeValue> item) => new(
        item[ProductId].S,
        item[MovementId].S,
        item["kind"].S,
        int.Parse(item["qty"].N, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(item["movedAt"].S, CultureInfo.InvariantCulture),
        item.TryGetValue("orderId", out var orderId) ? orderId.S : null,
        item.TryGetValue("by", out var by) ? by.S : null,
        item.TryGetValue("reason", out var reason) ? reason.S : null);

    private static void Optional(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (value is not null)
        {
            item[name] = new() { S = value };
        }
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>A ledger entry as staff read it.</summary>
internal sealed record LedgerEntry(string ProductId, string MovementId, string Kind, int Qty, DateTimeOffset MovedAt, string? OrderId, string? By, string? Reason);
