using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Inventory.Reconciliation;

/// <summary>Compares reserved stock with what live orders hold, and on request brings it back in line.</summary>
internal sealed class StockReconciliation(
    InventoryTable stock, StockLedgerTable ledger, IReservationHolders holders, Transactions transactions, TimeProvider clock, Audit.IAuditTrail audit,
    ILogger<StockReconciliation> logger)
{
    public const string Actor = "reconciliation";

    /// <summary>How long a product must have stood still before its drift is trusted.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    public async Task<(IReadOnlyList<ProductDrift> Drift, IReadOnlyDictionary<string, StockLevel> Levels)> FindDriftAsync(CancellationToken cancellationToken)
    {
        var before = await stock.FindAllAsync(cancellationToken);
        var pending = await holders.PendingQuantitiesAsync(cancellationToken);
        var after = await stock.FindAllAsync(cancellationToken);
        return (StockDrift.Find(before, pending, after, clock.GetUtcNow(), Settle), after.ToDictionary(l => l.ProductId, StringComparer.Ordinal));
    }

    /// <summary>Sets each drifting product's reserved stock to what its live orders hold, the difference
    /// going to or from available, with a ledger entry; each only if its level did not move meanwhile.
    /// Returns the products repaired. Asked by an admin (<paramref name="audited"/>), each repair's transaction
    /// also records it in the audit trail; the scheduled run is no admin's and records none.</summary>
    public async Task<(IReadOnlyList<ProductDrift> Drift, IReadOnlyList<string> Repaired)> RepairAsync(CancellationToken cancellationToken, Audit.AuditAdmin? audited = null)
    {
        var (drift, levels) = await FindDriftAsync(cancellationToken);
        var repaired = new List<string>();
        foreach (var product in drift)
        {
            var level = levels.GetValueOrDefault(product.ProductId);
            if (level is null || product.Repaired(level) is null)
            {
                logger.LogError("Stock of {ProductId} cannot be repaired: reserved {Reserved}, live orders hold {Pending}, available {Available}",
                    product.ProductId, product.ReservedQty, product.PendingQty, level?.AvailableQty ?? 0);
                continue;
            }
            var now = clock.GetUtcNow();
            var transaction = transactions.BeginWrite();
            var why = $"reserved {product.ReservedQty} but live orders hold {product.PendingQty}";
            stock.Reconcile(transaction, level, product.PendingQty, now);
            ledger.Record(transaction, StockMovement.ByStaff(product.ProductId, StockMovementKind.Reconcile, -product.Drift, new StockActor(Actor, why), now));
            if (audited is not null)
            {
                audit.Record(transaction, StockAudit.Repair(product.ProductId, audited, level, product.PendingQty, why));
            }
            if ((await transaction.CommitAsync(cancellationToken)).IsCommitted)
            {
                logger.LogWarning("Repaired stock of {ProductId}: reserved {Reserved} set to {Pending} that live orders hold ({Drift} units back on sale)",
                    product.ProductId, product.ReservedQty, product.PendingQty, product.Drift);
                repaired.Add(product.ProductId);
            }
            else
            {
                logger.LogInformation("Stock of {ProductId} moved while being repaired; the next run looks again", product.ProductId);
            }
        }
        return (drift, repaired);
    }
}
