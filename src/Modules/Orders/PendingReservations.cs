using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>What live orders hold in the warehouse, for Inventory's reconciliation: the lines of every
/// unpaid order (paid orders sold their stock, cancelled ones released it), read from the status index page by page.</summary>
internal sealed class PendingReservations(OrdersTable orders) : IReservationHolders
{
    /// <summary>One status is read after the other, so an order that moves from the first to the second
    /// meanwhile (PENDING to PAYING: its units stay reserved) is read twice; it holds its units once.</summary>
    public async Task<IReadOnlyDictionary<string, int>> PendingQuantitiesAsync(CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        var counted = new HashSet<string>(StringComparer.Ordinal);
        // Declared in the order orders move (PENDING before PAYING), so an order moving meanwhile is read at least once.
        foreach (var status in Enum.GetValues<OrderStatus>().Where(s => s.IsUnpaid()))
        {
            await foreach (var order in orders.InStatusAsync(status, cancellationToken))
            {
                if (!counted.Add(order.OrderId))
                {
                    continue;
                }
                foreach (var line in order.StockLines())
                {
                    held[line.ProductId] = held.GetValueOrDefault(line.ProductId) + line.Quantity;
                }
            }
        }
        return held;
    }
}
