using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>A product's stock level, and whether it is low: <see cref="LowStockThreshold"/> units
/// available or fewer (LOW_STOCK_THRESHOLD, as on the dashboard).</summary>
internal sealed record StockView(
    string ProductId, int AvailableQty, int ReservedQty, int SoldQty, DateTimeOffset? UpdatedAt, int WrittenOffQty, int LowStockThreshold, bool LowStock)
{
    public static StockView Of(StockLevel level, int threshold) => new(level.ProductId, level.AvailableQty, level.ReservedQty, level.SoldQty,
        level.UpdatedAt, level.WrittenOffQty, threshold, StockRules.IsLow(level.AvailableQty, threshold));
}

internal static class GetStock
{
    /// <summary>A product of the catalog without a stock record has nothing to sell: zeros. A product
    /// the catalog does not know is 404.</summary>
    public static async Task<Results<Ok<StockView>, ProblemHttpResult>> Handle(
        string productId, ICatalog catalog, IInventory inventory, InventoryOptions options, CancellationToken cancellationToken) =>
        await catalog.FindProductAsync(productId, cancellationToken) is null
            ? ShopProblems.NotFound("Product not found")
            : TypedResults.Ok(StockView.Of(await inventory.GetStockAsync(productId, cancellationToken), options.LowStockThreshold));
}
