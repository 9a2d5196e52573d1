using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Persistence;

/// <summary>Adds one <see cref="OrderTransition"/> to a transaction: the conditional status change,
/// its entry in the order's history (who moved it, from, to, why), its stock effect, the discount
/// redemption a cancellation gives back, and the shopper's unpaid-order and uncollected-cash counts,
/// so that no caller can do one without the others.</summary>
internal sealed class OrderMoves(OrdersTable table, OrderHistoryTable history, IInventory inventory, IPricing pricing, TimeProvider clock, Analytics.IShopStats stats)
{
    public void Add(WriteTransaction transaction, Order order, OrderTransition transition, OrderChange change, OrderActor actor)
    {
        var endsCashDue = transition.EndsCashDue(order);
        table.Move(transaction, order.OrderId, transition, clock.GetUtcNow(), endsCashDue ? change with { CashDue = false } : change);
        history.Record(transaction, order.OrderId, new OrderEvent(OrderEventSubject.Order, transition.From.Name(), transition.To.Name(), actor, change.Reason));
        stats.OrderMoved(transaction, order.ToMove(transition));
        switch (transition.Stock)
        {
            case StockEffect.Release:
                inventory.ReleaseStock(transaction, order.OrderId, order.StockLines());
                break;
            case StockEffect.Sell:
                inventory.ConfirmSale(transaction, order.OrderId, order.StockLines());
                break;
            case StockEffect.Restock:
                inventory.ReturnSaleToStock(transaction, order.OrderId, order.StockLines());
                break;
        }
        // A cancelled or expired order gives its discount code's redemption back.
        if (transition.To == OrderStatus.Cancelled && order.DiscountCode is { } code)
        {
            pricing.GiveBack(transaction, code, order.UserId);
        }
        // An order placed before the count existed never took a slot: giving one back would take the
        // counter below zero, a slot more for the shopper each time.
        var endsUnpaid = transition.EndsUnpaid && order.CountedUnpaid;
        if (endsUnpaid || endsCashDue)
        {
            table.ReleaseSlots(transaction, order.UserId, unpaid: endsUnpaid, uncollectedCash: endsCashDue);
        }
    }
}
