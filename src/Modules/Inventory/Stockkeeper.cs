using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Persistence;

namespace CloudRetail.Inventory;

/// <summary>The Inventory contract: reads levels, and books each order's stock movements together
/// with their ledger entries into the caller's transaction.</summary>
internal sealed class Stockkeeper(
    InventoryTable stock, StockLedgerTable ledger, Transactions transactions, TimeProvider clock, Reconciliation.StockReconciliation reconciliation,
    Audit.IAuditTrail audit) : IInventory
{
    public async Task<IReadOnlyList<StockLevel>> LowStockAsync(int atOrBelow, CancellationToken cancellationToken) =>
        [.. (await stock.FindAtOrBelowAsync(atOrBelow, cancellationToken)).OrderBy(l => l.AvailableQty).ThenBy(l => l.ProductId, StringComparer.Ordinal)];

    public async Task<int> DriftingProductsAsync(CancellationToken cancellationToken) =>
        (await reconciliation.FindDriftAsync(cancellationToken)).Drift.Count;

    private const int CountAttempts = 3;

    public async Task<StockLevel> GetStockAsync(string productId, CancellationToken cancellationToken) =>
        await stock.FindAsync(productId, cancellationToken) ?? StockLevel.None(productId);

    public BatchedRead<StockLevel> GetStock(ReadBatch batch, string productId)
    {
        var level = stock.Find(batch, productId);
        return new BatchedRead<StockLevel>(() => level.Value ?? StockLevel.None(productId));
    }

    public async Task<IReadOnlyDictionary<string, StockLevel>> GetStockAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var found = await stock.FindManyAsync(productIds, cancellationToken);
        return productIds.Distinct().ToDictionary(id => id, id => found.GetValueOrDefault(id) ?? StockLevel.None(id));
    }

    /// <summary>Reads, then sets available on condition that it did not move meanwhile and that the
    /// reservations still leave room under the ceiling; a reservation in between makes it read again.</summary>
    public async Task<StockCount> CountStockAsync(string productId, int availableQty, StockActor actor, CancellationToken cancellationToken,
        Audit.AuditAdmin? audited = null)
    {
        for (var attempt = 0; attempt < CountAttempts; attempt++)
        {
            var read = await stock.FindAsync(productId, cancellationToken);
            if (availableQty + (read?.ReservedQty ?? 0) > StockRules.MaxUnitsOnHand)
            {
                return new StockCount(StockCountOutcome.PastCeiling, read);
            }
            var now = clock.GetUtcNow();
            var transaction = transactions.BeginWrite();
            stock.Count(transaction, productId, read, availableQty, now);
            ledger.Record(transaction, StockMovement.ByStaff(productId, StockMovementKind.Count, availableQty - (read?.AvailableQty ?? 0), actor, now));
            if (audited is not null)
            {
                audit.Record(transaction, StockAudit.Entry(Audit.AuditAction.StockCounted, productId, audited, read?.AvailableQty ?? 0, availableQty, actor.Reason));
            }
            if ((await transaction.CommitAsync(cancellationToken)).IsCommitted)
            {
                return StockCount.Counted(await GetStockAsync(productId, cancellationToken));
            }
        }
        return new StockCount(StockCountOutcome.KeptMoving, null);
    }

    public void ReserveStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) =>
        Book(transaction, orderId, lines, StockMovementKind.Reserve, stock.Reserve);

    public void ReleaseStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) =>
        Book(transaction, orderId, lines, StockMovementKind.Release, stock.Release);

    public void ConfirmSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) =>
        Book(transaction, orderId, lines, StockMovementKind.Sell, stock.Sell);

    public void ReturnSaleToStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) =>
        Book(transaction, orderId, lines, StockMovementKind.Restock, stock.Restock);

    public void WriteOffSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) =>
        Book(transaction, orderId, lines, StockMovementKind.WriteOff, stock.WriteOff);

    private void Book(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines, StockMovementKind kind, Action<WriteTransaction, string, int, DateTimeOffset> movement)
    {
        var now = clock.GetUtcNow();
        foreach (var line in StockRules.Merge(lines))
        {
            movement(transaction, line.ProductId, line.Quantity, now);
            ledger.Record(transaction, StockMovement.ForOrder(line.ProductId, kind, line.Quantity, orderId, now));
        }
    }
}
