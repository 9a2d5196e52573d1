using Amazon.DynamoDBv2.Model;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>What live orders hold in the warehouse, for Inventory's reconciliation: the lines of every
/// unpaid order (paid orders sold their stock, cancelled ones released it), read from the status index page by page.</summary>
internal sealed class PendingReservations(OrdersTable orders) : IReservationHolders
{
    private const int PageSize = 100;

    public async Task<IReadOnlyDictionary<string, int>> PendingQuantitiesAsync(CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var status in Enum.GetValues<OrderStatus>().Where(s => s.IsUnpaid()))
        {
            Dictionary<string, AttributeValue>? startKey = null;
            do
            {
                var (page, lastKey) = await orders.PageByStatusAsync(status.Name(), PageSize, startKey, cancellationToken);
                foreach (var line in page.SelectMany(o => o.StockLines()))
                {
                    held[line.ProductId] = held.GetValueOrDefault(line.ProductId) + line.Quantity;
                }
                startKey = lastKey;
            }
            while (startKey is not null);
        }
        return held;
    }
}
