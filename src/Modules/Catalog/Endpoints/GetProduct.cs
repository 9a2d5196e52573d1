using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

internal static class GetProduct
{
    public static async Task<Results<Ok<ProductView>, ProblemHttpResult>> Handle(
        string productId, ProductsTable table, ProductImages images, CancellationToken cancellationToken) =>
        await table.FindAsync(productId, cancellationToken) is { } product
            ? TypedResults.Ok(ProductView.From(product, images))
            : ShopProblems.NotFound("Product not found");
}
