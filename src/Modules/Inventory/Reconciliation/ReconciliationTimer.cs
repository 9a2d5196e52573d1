using CloudRetail.BuildingBlocks.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Inventory.Reconciliation;

/// <summary>Repairs drifted reservations every <see cref="InventoryOptions.RepairSecondsKey"/> seconds
/// in a long-lived host; off unless that is set.</summary>
internal sealed class ReconciliationTimer(StockReconciliation reconciliation, InventoryOptions options, TimeProvider clock, ILogger<ReconciliationTimer> logger)
    : PeriodicJob(options.RepairInterval, clock, logger)
{
    protected override string Name => "Stock reconciliation";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => reconciliation.RepairAsync(cancellationToken);
}
