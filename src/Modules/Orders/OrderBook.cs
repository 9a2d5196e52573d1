using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>The Orders contract over the module's own table.</summary>
internal sealed class OrderBook(OrdersTable table, IInventory inventory, TimeProvider clock) : IOrders
{
    public async Task<OrderSummary?> FindOrderAsync(string orderId, CancellationToken cancellationToken) =>
        (await table.FindAsync(orderId, cancellationToken))?.ToSummary();

    public void ConfirmPayment(WriteTransaction transaction, OrderSummary order, string paymentId)
    {
        transaction.Add(table.Move(order.OrderId, OrderStatus.Pending, OrderStatus.Confirmed, clock.GetUtcNow(),
            new Dictionary<string, string> { ["paymentId"] = paymentId }), check: OrderSummary.NotPendingCheck);
        inventory.ConfirmSale(transaction, order.OrderId, order.Lines.Select(l => l.Stock()));
    }

    public void CancelForFailedPayment(WriteTransaction transaction, OrderSummary order, string paymentId)
    {
        transaction.Add(table.Move(order.OrderId, OrderStatus.Pending, OrderStatus.Cancelled, clock.GetUtcNow(),
            new Dictionary<string, string> { ["paymentId"] = paymentId, ["cancelReason"] = CancelReasons.PaymentFailed }), check: OrderSummary.NotPendingCheck);
        inventory.ReleaseStock(transaction, order.OrderId, order.Lines.Select(l => l.Stock()));
    }
}
