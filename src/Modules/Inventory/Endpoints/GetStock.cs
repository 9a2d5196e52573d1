using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

internal static class GetStock
{
    /// <summary>A product without a stock record has nothing to sell: zeros, as the seed answered.</summary>
    public static async Task<Ok<StockLevel>> Handle(string productId, IInventory inventory, CancellationToken cancellationToken) =>
        TypedResults.Ok(await inventory.GetStockAsync(productId, cancellationToken));
}
