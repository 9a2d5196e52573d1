using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>What live orders hold in the warehouse, for Inventory's reconciliation: the lines of every
/// unpaid order (paid orders sold their stock, cancelled ones released it), read from the status index page by page.</summary>
internal sealed class PendingReservations(OrdersTable orders) : IReservationHolders
{
    public async Task<IReadOnlyDictionary<string, int>> PendingQuantitiesAsync(CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<OrderStatus>().Where(s => s.IsUnpaid()))
        {
            await foreach (var order in orders.InStatusAsync(status, cancellationToken))
            {
                foreach (var line in order.StockLines())
                {
                    held[line.ProductId] = held.GetValueOrDefault(line.ProductId) + line.Quantity;
                }
            }
        }
        return held;
    }
}
