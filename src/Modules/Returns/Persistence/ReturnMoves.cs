using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Inventory;
using CloudRetail.Orders;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Persistence;

/// <summary>The one place a return changes status: adds a <see cref="ReturnTransition"/> to a transaction
/// with what it does beside the status (units given back to the order's lines, stock movements of the
/// goods received) and its entry in the order's history, so that no caller can do one without the others.</summary>
internal sealed class ReturnMoves(ReturnsTable table, IInventory inventory, IOrderHistory history, TimeProvider clock)
{
    /// <summary>The request itself: the return begins REQUESTED, by the shopper, in the order's history.</summary>
    public void Requested(WriteTransaction transaction, Return r) =>
        history.Record(transaction, r.OrderId, new OrderEvent(OrderEventSubject.Return, null, ReturnStatus.Requested.Name(), OrderActor.Shopper(r.UserId),
            r.Reason, Reference: r.ReturnId));

    public void Add(WriteTransaction transaction, Return r, ReturnTransition transition, ReturnChange change, OrderActor actor)
    {
        table.Move(transaction, r, transition, change, clock.GetUtcNow());
        history.Record(transaction, r.OrderId, new OrderEvent(OrderEventSubject.Return, transition.From.Name(), transition.To.Name(), actor,
            change.RejectReason, change.RefundAmount, r.ReturnId));
        switch (transition.Effect)
        {
            case ReturnEffect.GiveUnitsBack:
                table.GiveUnitsBack(transaction, r);
                break;
            case ReturnEffect.Restock:
                var lines = change.Lines ?? r.Lines;
                inventory.ReturnSaleToStock(transaction, r.OrderId, lines.Where(l => l.Disposition == LineDisposition.BackToStock).Select(l => l.Stock()));
                inventory.WriteOffSale(transaction, r.OrderId, lines.Where(l => l.Disposition == LineDisposition.WriteOff).Select(l => l.Stock()));
                break;
        }
    }
}
