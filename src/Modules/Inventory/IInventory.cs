using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Inventory;

/// <summary>What other modules may ask of Inventory. Reserved and sold stock change only through an
/// order's movements, added to the caller's transaction with their ledger entries, so they commit
/// together with the order or not at all.</summary>
public interface IInventory
{
    /// <summary>The product's level; zero stock when it has no stock record.</summary>
    Task<StockLevel> GetStockAsync(string productId, CancellationToken cancellationToken);

    /// <summary>Adds the product's level to the caller's batch read; zero stock when it has no record.</summary>
    BatchedRead<StockLevel> GetStock(ReadBatch batch, string productId);

    /// <summary>Levels for many products in one read; unknown products come back as zero stock.</summary>
    Task<IReadOnlyDictionary<string, StockLevel>> GetStockAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);

    /// <summary>Records a stock count of the units on hand for sale (the demo shop, a back-office import).
    /// Reservations are never touched, so a count cannot lose one that happens meanwhile. Refused when
    /// the count and the reservations together would pass the ceiling on units on hand, or when stock
    /// kept moving through every attempt (the caller may try again). With <paramref name="audited"/>, the count's
    /// transaction also records it in the audit trail as that admin's (STOCK_COUNTED, available before and after).</summary>
    Task<StockCount> CountStockAsync(string productId, int availableQty, StockActor actor, CancellationToken cancellationToken, Audit.AuditAdmin? audited = null);

    /// <summary>Moves available to reserved for the order, on condition that enough is available. A line
    /// that cannot be reserved cancels the transaction and is reported as <see cref="StockShort"/>.</summary>
    void ReserveStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines);

    /// <summary>Moves the order's reserved units back to available (a cancelled or failed order);
    /// <see cref="ReservationShort"/> when fewer are reserved.</summary>
    void ReleaseStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines);

    /// <summary>Turns the order's reservation into a sale: reserved units become sold.</summary>
    void ConfirmSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines);

    /// <summary>Undoes the order's sale (staff cancelled it, or it came back refused at the door): its
    /// sold units are back on hand for sale; <see cref="SaleShort"/> when fewer are sold.</summary>
    void ReturnSaleToStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines);

    /// <summary>Sold units came back unfit for sale (a return staff wrote off): they leave sold for
    /// written off, never for sale again; <see cref="SaleShort"/> when fewer are sold.</summary>
    void WriteOffSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines);

    /// <summary>For the back office: every product with <paramref name="atOrBelow"/> units available or
    /// fewer, fewest first. Reads the whole stock table (a Scan page per 1 MB, some 10,000 products).</summary>
    Task<IReadOnlyList<StockLevel>> LowStockAsync(int atOrBelow, CancellationToken cancellationToken);

    /// <summary>For the back office: how many products' reserved stock is not what their live orders hold
    /// (the reconciliation report's count; two reads of the stock table and one of the unpaid orders).</summary>
    Task<int> DriftingProductsAsync(CancellationToken cancellationToken);
}

/// <summary>What Inventory asks of whoever holds reservations (Orders): the units each product has
/// reserved for live orders. Reconciliation compares it with the reserved stock.</summary>
public interface IReservationHolders
{
    Task<IReadOnlyDictionary<string, int>> PendingQuantitiesAsync(CancellationToken cancellationToken);
}

public sealed record StockLine(string ProductId, int Quantity);

/// <summary>The bounds on stock other modules check input against before asking for a change.</summary>
public static class StockLimits
{
    /// <summary>The most units a product may have on hand, available and reserved together.</summary>
    public const int MaxUnitsOnHand = Domain.StockRules.MaxUnitsOnHand;

    /// <summary>Units available at or below which a product is low on stock, unless
    /// <c>LOW_STOCK_THRESHOLD</c> says otherwise.</summary>
    public const int DefaultLowStockThreshold = 5;
}

/// <summary>A transaction was refused: the product has fewer units available than it asked for.</summary>
public sealed record StockShort(string ProductId) : ConditionFailure;

/// <summary>A transaction was refused: fewer units of the product are reserved than it releases or sells.</summary>
public sealed record ReservationShort(string ProductId) : ConditionFailure;

/// <summary>A transaction was refused: fewer units of the product are sold than it returns to stock.</summary>
public sealed record SaleShort(string ProductId) : ConditionFailure;

/// <summary>What a count did: the new level, or why there is none.</summary>
public sealed record StockCount(StockCountOutcome Outcome, StockLevel? Level)
{
    public static StockCount Counted(StockLevel level) => new(StockCountOutcome.Counted, level);
}

public enum StockCountOutcome
{
    Counted,
    /// <summary>Stock moved through every attempt; try again.</summary>
    KeptMoving,
    /// <summary>With the units reserved for orders, the count would pass the ceiling on units on hand.</summary>
    PastCeiling,
}

/// <summary>Who changed on-hand stock and why, as the ledger records it.</summary>
public sealed record StockActor(string By, string Reason);

/// <param name="WrittenOffQty">Sold units that came back unfit for sale (returns written off).</param>
public sealed record StockLevel(string ProductId, int AvailableQty, int ReservedQty, int SoldQty, DateTimeOffset? UpdatedAt, int WrittenOffQty = 0)
{
    public static StockLevel None(string productId) => new(productId, 0, 0, 0, null);
}
