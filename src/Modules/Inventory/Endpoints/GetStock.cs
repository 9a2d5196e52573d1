using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

internal static class GetStock
{
    /// <summary>A product of the catalog without a stock record has nothing to sell: zeros. A product
    /// the catalog does not know is 404.</summary>
    public static async Task<Results<Ok<StockLevel>, ProblemHttpResult>> Handle(
        string productId, ICatalog catalog, IInventory inventory, CancellationToken cancellationToken) =>
        await catalog.FindProductAsync(productId, cancellationToken) is null
            ? ShopProblems.NotFound("Product not found")
            : TypedResults.Ok(await inventory.GetStockAsync(productId, cancellationToken));
}
