using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Persistence;

/// <summary>The one place a return changes status: adds a <see cref="ReturnTransition"/> to a transaction
/// with what it does beside the status (units given back to the order's lines, stock movements of the
/// goods received), so that no caller can do one without the others.</summary>
internal sealed class ReturnMoves(ReturnsTable table, IInventory inventory, TimeProvider clock)
{
    public void Add(WriteTransaction transaction, Return r, ReturnTransition transition, ReturnChange change)
    {
        table.Move(transaction, r, transition, change, clock.GetUtcNow());
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
