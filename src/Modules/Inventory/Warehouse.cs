using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Persistence;

namespace CloudRetail.Inventory;

/// <summary>The Inventory contract over the module's own table.</summary>
internal sealed class Warehouse(InventoryTable table) : IInventory
{
    public async Task<StockLevel> GetStockAsync(string productId, CancellationToken cancellationToken) =>
        await table.FindAsync(productId, cancellationToken) ?? StockLevel.None(productId);

    public async Task<IReadOnlyDictionary<string, StockLevel>> GetStockAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var found = await table.FindManyAsync(productIds, cancellationToken);
        return productIds.Distinct().ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? StockLevel.None(id));
    }

    public Task<StockLevel> SetStockAsync(string productId, int availableQty, int? reservedQty, CancellationToken cancellationToken) =>
        table.SetAsync(productId, availableQty, reservedQty, cancellationToken);

    public void ReserveStock(WriteTransaction transaction, IEnumerable<StockLine> lines) =>
        Add(transaction, lines, table.Reserve);

    public void ReleaseStock(WriteTransaction transaction, IEnumerable<StockLine> lines) =>
        Add(transaction, lines, table.Release);

    public void ConfirmSale(WriteTransaction transaction, IEnumerable<StockLine> lines) =>
        Add(transaction, lines, table.Sell);

    private static void Add(WriteTransaction transaction, IEnumerable<StockLine> lines, Func<string, int, Amazon.DynamoDBv2.Model.Update> movement)
    {
        foreach (var line in StockRules.Merge(lines))
        {
            transaction.Add(new() { Update = movement(line.ProductId, line.Quantity) }, check: line.ProductId);
        }
    }
}
