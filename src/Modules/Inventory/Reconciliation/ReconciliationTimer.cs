using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Inventory.Reconciliation;

/// <summary>Repairs drifted reservations on a timer in a long-lived host (like the orders' expiry
/// sweep); off unless <see cref="InventoryOptions.RepairSecondsKey"/> is set.</summary>
internal sealed class ReconciliationTimer(StockReconciliation reconciliation, InventoryOptions options, TimeProvider clock, ILogger<ReconciliationTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.RepairInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await reconciliation.RepairAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Stock reconciliation failed; it runs again on the next tick");
            }
        }
    }
}
