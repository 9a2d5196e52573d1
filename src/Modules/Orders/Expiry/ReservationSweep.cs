using Amazon.DynamoDBv2;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Orders.Expiry;

/// <summary>Cancels PENDING orders older than the reservation lifetime and puts their stock back on
/// sale. Each order is its own transaction, conditional on still being PENDING, so an order paid
/// at the last moment stays paid.</summary>
internal sealed class ReservationSweep(
    OrdersTable orders, IInventory inventory, IAmazonDynamoDB dynamoDb, OrdersOptions options, TimeProvider clock, ILogger<ReservationSweep> logger)
{
    private const int BatchSize = 100;

    public async Task<int> CancelExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await orders.FindPendingPlacedBeforeAsync(now - options.ReservationLifetime, BatchSize, cancellationToken);
        var cancelled = 0;
        foreach (var order in expired)
        {
            var transaction = new WriteTransaction(dynamoDb);
            transaction.Add(orders.Move(order.OrderId, OrderStatus.Pending, OrderStatus.Cancelled, now,
                new Dictionary<string, string> { ["cancelReason"] = CancelReasons.ReservationExpired }), check: order.OrderId);
            inventory.ReleaseStock(transaction, order.OrderId, order.StockLines());
            if ((await transaction.CommitAsync(cancellationToken)).IsCommitted)
            {
                cancelled++;
            }
        }
        if (cancelled > 0)
        {
            logger.LogInformation("Cancelled {Count} orders whose reservation expired", cancelled);
        }
        return cancelled;
    }
}
