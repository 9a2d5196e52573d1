using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

internal sealed record ProductPage(IReadOnlyList<ProductView> Items, int Count, string? NextToken);

internal static class ListProducts
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static async Task<Results<Ok<ProductPage>, ValidationProblem>> Handle(
        int? limit, string? category, string? nextToken, ProductsTable table, ProductImages images, CancellationToken cancellationToken)
    {
        if (limit < 1)
        {
            return ShopProblems.Invalid("limit", "limit must be at least 1");
        }
        if (category is { Length: 0 or > 100 })
        {
            return ShopProblems.Invalid("category", "category must be 1 to 100 characters");
        }
        var expectedKeys = category is null
            ? new Dictionary<string, string?> { ["productId"] = null }
            : new Dictionary<string, string?> { ["productId"] = null, ["category"] = category };
        if (!PageCursor.TryDecode(nextToken, expectedKeys, out var startKey))
        {
            return ShopProblems.Invalid("nextToken", "nextToken is not one this listing handed out");
        }
        // Larger limits are capped rather than refused, so a client asking for "everything" still gets a page.
        var (products, lastKey) = await table.PageAsync(category, Math.Min(limit ?? DefaultLimit, MaxLimit), startKey, cancellationToken);
        var items = products.Select(p => ProductView.From(p, images)).ToList();
        return TypedResults.Ok(new ProductPage(items, items.Count, PageCursor.Encode(lastKey)));
    }
}
