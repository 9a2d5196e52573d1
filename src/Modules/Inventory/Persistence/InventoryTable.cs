using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory.Domain;

namespace CloudRetail.Inventory.Persistence;

/// <summary>The only code that knows the Inventory table's attribute names: one stock item a product.
/// Every write is a conditional update of the units it moves, never a blind overwrite, so two writers
/// never lose each other's change.</summary>
internal sealed class InventoryTable(IAmazonDynamoDB dynamoDb, Transactions transactions, InventoryOptions options)
{
    private const string ProductId = "productId", Available = "availableQty", Reserved = "reservedQty", Sold = "soldQty", UpdatedAt = "updatedAt";
    private const string WrittenOff = "writtenOffQty";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, ProductId);

    public async Task<StockLevel?> FindAsync(string productId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(productId), consistentRead: true, cancellationToken) is { } item ? ToStockLevel(item) : null;

    /// <summary>Adds the level to the caller's batch, read consistently; null after the read when there is none.</summary>
    public BatchedRead<StockLevel?> Find(ReadBatch batch, string productId) =>
        batch.Add(options.TableName, Key(productId), consistentRead: true, item => item is null ? null : ToStockLevel(item));

    public async Task<IReadOnlyDictionary<string, StockLevel>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
        (await transactions.ReadEachAsync(productIds, Find, cancellationToken)).OfType<StockLevel>().ToDictionary(l => l.ProductId, StringComparer.Ordinal);

    /// <summary>Every product's level, read page by page (strongly consistent).</summary>
    public async Task<IReadOnlyList<StockLevel>> FindAllAsync(CancellationToken cancellationToken) =>
        await Tables.ReadAllAsync((startKey, ct) => dynamoDb.ScanPageAsync(
            new ScanRequest { TableName = options.TableName, ConsistentRead = true, ExclusiveStartKey = startKey }, ToStockLevel, ct), cancellationToken)
            .ToListAsync(cancellationToken);

    /// <summary>Every product with at most <paramref name="atOrBelow"/> units available, read page by page.</summary>
    public async Task<IReadOnlyList<StockLevel>> FindAtOrBelowAsync(int atOrBelow, CancellationToken cancellationToken) =>
        await Tables.ReadAllAsync((startKey, ct) => dynamoDb.ScanPageAsync(new ScanRequest
        {
            TableName = options.TableName,
            FilterExpression = $"{Available} <= :atOrBelow",
            ExpressionAttributeValues = Attr.Map((":atOrBelow", Attr.Number(atOrBelow))),
            ExclusiveStartKey = startKey,
        }, ToStockLevel, ct), cancellationToken).ToListAsync(cancellationToken);

    public void Reserve(WriteTransaction transaction, string productId, int qty, DateTimeOffset now) =>
        Movement(transaction, productId, $"{Available} = {Available} - :q, {Reserved} = {Reserved} + :q", $"{Available} >= :q", qty, now, new StockShort(productId));

    public void Release(WriteTransaction transaction, string productId, int qty, DateTimeOffset now) =>
        Movement(transaction, productId, $"{Available} = {Available} + :q, {Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty, now, new ReservationShort(productId));

    public void Sell(WriteTransaction transaction, string productId, int qty, DateTimeOffset now) =>
        Movement(transaction, productId, $"{Reserved} = {Reserved} - :q", $"{Reserved} >= :q", qty, now, new ReservationShort(productId), add: $"{Sold} :q");

    public void Restock(WriteTransaction transaction, string productId, int qty, DateTimeOffset now) =>
        Movement(transaction, productId, $"{Available} = {Available} + :q, {Sold} = {Sold} - :q", $"{Sold} >= :q", qty, now, new SaleShort(productId));

    public void WriteOff(WriteTransaction transaction, string productId, int qty, DateTimeOffset now) =>
        Movement(transaction, productId, $"{Sold} = {Sold} - :q", $"{Sold} >= :q", qty, now, new SaleShort(productId), add: $"{WrittenOff} :q");

    /// <summary>Sets available to a counted quantity, on condition that it is still what was read (or
    /// that there was no stock record) and that the reserved units leave room for it under the ceiling:
    /// a reservation made meanwhile fails the count, which reads again.</summary>
    public void Count(WriteTransaction transaction, string productId, StockLevel? read, int availableQty, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(productId),
        UpdateExpression = $"SET {Available} = :counted, {Reserved} = if_not_exists({Reserved}, :zero), {UpdatedAt} = :now ADD {Sold} :zero",
        ConditionExpression = read is null
            ? $"attribute_not_exists({ProductId})"
            : $"{Available} = :read AND (attribute_not_exists({Reserved}) OR {Reserved} <= :room)",
        ExpressionAttributeValues = Attr.Map((":counted", Attr.Number(availableQty)), (":zero", Attr.Number(0)), (":now", Attr.Timestamp(now)),
            (":read", read is null ? null : Attr.Number(read.AvailableQty)), (":room", read is null ? null : Attr.Number(StockRules.MaxUnitsOnHand - availableQty))),
    }, new StockMovedMeanwhile(productId));

    /// <summary>Changes available by <paramref name="qty"/> (signed), on condition that it is still what
    /// <paramref name="read"/> found (or that there was no stock record) and that the reserved units leave
    /// room under the ceiling: whatever moved it meanwhile fails the change, which reads again. Exact
    /// before and after, which a staff adjustment's audit entry records.</summary>
    public void Adjust(WriteTransaction transaction, string productId, StockLevel? read, int qty, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(productId),
        UpdateExpression = $"SET {Reserved} = if_not_exists({Reserved}, :zero), {UpdatedAt} = :now ADD {Available} :qty, {Sold} :zero",
        ConditionExpression = read is null
            ? $"attribute_not_exists({ProductId})"
            : $"{Available} = :read AND (attribute_not_exists({Reserved}) OR {Reserved} <= :room)",
        ExpressionAttributeValues = Attr.Map((":qty", Attr.Number(qty)), (":zero", Attr.Number(0)), (":now", Attr.Timestamp(now)),
            (":read", read is null ? null : Attr.Number(read.AvailableQty)),
            (":room", read is null ? null : Attr.Number(StockRules.MaxUnitsOnHand - read.AvailableQty - qty))),
    }, new StockMovedMeanwhile(productId));

    /// <summary>Sets reserved to what live orders hold, moving the difference to or from available, on
    /// condition that nothing moved since the level was read.</summary>
    public void Reconcile(WriteTransaction transaction, StockLevel read, int pendingQty, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(read.ProductId),
        UpdateExpression = $"SET {Reserved} = :pending, {Available} = :available, {UpdatedAt} = :now",
        ConditionExpression = $"{Reserved} = :reserved AND {Available} = :read",
        ExpressionAttributeValues = Attr.Map((":pending", Attr.Number(pendingQty)), (":available", Attr.Number(read.AvailableQty + read.ReservedQty - pendingQty)),
            (":reserved", Attr.Number(read.ReservedQty)), (":read", Attr.Number(read.AvailableQty)), (":now", Attr.Timestamp(now))),
    }, new StockMovedMeanwhile(read.ProductId));

    private void Movement(WriteTransaction transaction, string productId, string set, string condition, int qty, DateTimeOffset now,
        ConditionFailure ifRefused, string? add = null) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(productId),
        UpdateExpression = $"SET {set}, {UpdatedAt} = :now" + (add is null ? "" : $" ADD {add}"),
        ConditionExpression = condition,
        ExpressionAttributeValues = Attr.Map((":q", Attr.Number(qty)), (":now", Attr.Timestamp(now))),
    }, ifRefused);

    private static Dictionary<string, AttributeValue> Key(string productId) => Attr.Map((ProductId, Attr.Text(productId)));

    private static StockLevel ToStockLevel(Dictionary<string, AttributeValue> item) => new(
        item.Text(ProductId), item.Quantity(Available), item.Quantity(Reserved), item.QuantityOr(Sold, 0), item.TimestampOrNull(UpdatedAt),
        item.QuantityOr(WrittenOff, 0));
}
