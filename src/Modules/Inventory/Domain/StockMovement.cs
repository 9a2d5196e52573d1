namespace CloudRetail.Inventory.Domain;

/// <summary>One entry of a product's stock ledger. Order movements move <see cref="Qty"/> units;
/// a count or an adjustment changes available stock by <see cref="Qty"/> (signed); a reconciliation
/// changes reserved stock by <see cref="Qty"/> (signed, the same units leave or join available).</summary>
internal sealed record StockMovement(
    string ProductId, StockMovementKind Kind, int Qty, DateTimeOffset MovedAt, string? OrderId = null, string? By = null, string? Reason = null)
{
    public static StockMovement ForOrder(string productId, StockMovementKind kind, int qty, string orderId, DateTimeOffset movedAt) =>
        new(productId, kind, qty, movedAt, OrderId: orderId);

    public static StockMovement ByStaff(string productId, StockMovementKind kind, int qty, StockActor actor, DateTimeOffset movedAt) =>
        new(productId, kind, qty, movedAt, By: actor.By, Reason: actor.Reason);
}

internal enum StockMovementKind
{
    /// <summary>Available to reserved, for an order placed.</summary>
    Reserve,
    /// <summary>Reserved back to available, for an order cancelled.</summary>
    Release,
    /// <summary>Reserved to sold, for an order paid.</summary>
    Sell,
    /// <summary>Sold back to available, for a sold order that staff cancelled or that came back refused at the door.</summary>
    Restock,
    /// <summary>Sold to written off, for returned units unfit for sale.</summary>
    WriteOff,
    /// <summary>Available set to what a stock count found.</summary>
    Count,
    /// <summary>Available changed by a delta (goods received, damaged, lost).</summary>
    Adjust,
    /// <summary>Reserved brought back in line with the live orders.</summary>
    Reconcile,
}
