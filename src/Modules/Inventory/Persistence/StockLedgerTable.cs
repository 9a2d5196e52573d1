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
    private const string ProductId = "productId", MovementId = "movementId", Kind = "kind", Qty = "qty", MovedAt = "movedAt";
    private const string OrderId = "orderId", By = "by", Reason = "reason";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, ProductId, MovementId);

    public void Record(WriteTransaction transaction, StockMovement movement) => transaction.Put(new Put
    {
        TableName = options.LedgerTableName,
        Item = Attr.Map(
            (ProductId, Attr.Text(movement.ProductId)),
            // Time first so a product's entries sort by when they happened; the suffix keeps two
            // movements of one instant apart.
            (MovementId, Attr.Text($"{Attr.TimestampText(movement.MovedAt)}#{Guid.NewGuid():N}")),
            (Kind, Attr.Enum(movement.Kind)), (Qty, Attr.Number(movement.Qty)), (MovedAt, Attr.Timestamp(movement.MovedAt)),
            (OrderId, Attr.TextOrNull(movement.OrderId)), (By, Attr.TextOrNull(movement.By)), (Reason, Attr.TextOrNull(movement.Reason))),
        ConditionExpression = $"attribute_not_exists({MovementId})",
    }, new LedgerEntryExists(movement.ProductId));

    /// <summary>A product's movements, newest first.</summary>
    public Task<Page<LedgerEntry>> PageAsync(string productId, PageRequest page, CancellationToken cancellationToken) =>
        dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.LedgerTableName,
            KeyConditionExpression = $"{ProductId} = :productId",
            ExpressionAttributeValues = Attr.Map((":productId", Attr.Text(productId))),
            ScanIndexForward = false,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, ToEntry, cancellationToken);

    private static LedgerEntry ToEntry(Dictionary<string, AttributeValue> item) => new(
        item.Text(ProductId), item.Text(MovementId), item.Text(Kind), item.Quantity(Qty), item.Timestamp(MovedAt),
        item.TextOrNull(OrderId), item.TextOrNull(By), item.TextOrNull(Reason));
}

/// <summary>A ledger entry as staff read it.</summary>
internal sealed record LedgerEntry(string ProductId, string MovementId, string Kind, int Qty, DateTimeOffset MovedAt, string? OrderId, string? By, string? Reason);
