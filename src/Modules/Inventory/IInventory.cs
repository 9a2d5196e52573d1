using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Inventory;

/// <summary>What other modules may ask of Inventory. Stock changes are added to the caller's
/// transaction, so they commit together with the caller's own writes or not at all.</summary>
public interface IInventory
{
    Task<StockLevel> GetStockAsync(string productId, CancellationToken cancellationToken);

    /// <summary>Levels for many products in one read; unknown products come back as zero stock.</summary>
    Task<IReadOnlyDictionary<string, StockLevel>> GetStockAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);

    /// <summary>Records a stock count; a null reserved quantity keeps the current reservations.</summary>
    Task<StockLevel> SetStockAsync(string productId, int availableQty, int? reservedQty, CancellationToken cancellationToken);

    /// <summary>Moves available to reserved, on condition that enough is available. A line that cannot
    /// be reserved cancels the transaction and is reported by its product id.</summary>
    void ReserveStock(WriteTransaction transaction, IEnumerable<StockLine> lines);

    /// <summary>Moves reserved back to available (a cancelled or failed order).</summary>
    void ReleaseStock(WriteTransaction transaction, IEnumerable<StockLine> lines);

    /// <summary>Turns a reservation into a sale: the reserved quantity leaves the warehouse.</summary>
    void ConfirmSale(WriteTransaction transaction, IEnumerable<StockLine> lines);
}

public sealed record StockLine(string ProductId, int Quantity);

public sealed record StockLevel(string ProductId, int AvailableQty, int ReservedQty, DateTimeOffset? UpdatedAt)
{
    public static StockLevel None(string productId) => new(productId, 0, 0, null);
}
