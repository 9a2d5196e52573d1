using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;
using CloudRetail.Catalog.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

internal sealed record ProductPage(IReadOnlyList<ProductView> Items, int Count, string? NextToken);

internal static class ListProducts
{
    public static async Task<Results<Ok<ProductPage>, ValidationProblem>> Handle(
        int? limit, string? category, string? q, string? nextToken, ProductsTable table, IProductSearch productSearch, ProductImages images, Paging paging,
        CancellationToken cancellationToken)
    {
        var search = q is null ? null : ProductSearch.Parse(q);
        if (q is not null && (search is null || q.Length > ProductSearch.MaxLength))
        {
            return ShopProblems.Invalid("q", $"q must hold 1 to {ProductSearch.MaxWords} words in at most {ProductSearch.MaxLength} characters");
        }
        if (category is { Length: 0 or > 100 })
        {
            return ShopProblems.Invalid("category", "category must be 1 to 100 characters");
        }
        // A cursor resumes only the listing that handed it out: another category's, or a search's, would not.
        var listing = search is not null ? productSearch.CursorScope(search, category)
            : category is null ? "products" : $"products/category/{category}";
        if (paging.Read(limit, nextToken, listing, out var page) is { } invalid)
        {
            return invalid;
        }
        var found = search is null
            ? await table.PageAsync(category, page, cancellationToken)
            : await productSearch.SearchAsync(search, category, page, cancellationToken);
        var items = found.Items.Select(p => ProductView.InListing(p, images)).ToList();
        return TypedResults.Ok(new ProductPage(items, items.Count, paging.Next(page, found)));
    }
}
