using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>One page of the rebuild: how many products were indexed, which could not be (too many
/// search terms: rename them), and where the next page starts (null when the catalog is done).</summary>
internal sealed record SearchIndexPage(int Indexed, IReadOnlyList<string> Skipped, string? NextToken);

internal static class RebuildSearchIndex
{
    /// <summary>Writes a page of products again with their search terms, each in its own transaction
    /// conditioned on the product being unchanged: run page after page until <c>nextToken</c> is null
    /// to make products written before the index searchable. Running it again changes nothing.</summary>
    public static async Task<Results<Ok<SearchIndexPage>, ValidationProblem>> Handle(
        int? limit, string? nextToken, ProductsTable table, Paging paging, CancellationToken cancellationToken)
    {
        if (paging.Read(limit, nextToken, "products/search-index", out var page) is { } invalid)
        {
            return invalid;
        }
        var products = await table.PageAsync(category: null, page, cancellationToken);
        var skipped = new List<string>();
        var indexed = 0;
        foreach (var product in products.Items)
        {
            if (SearchTerms.Of(product.Name, product.Category).Count > SearchTerms.MaxPerProduct)
            {
                skipped.Add(product.ProductId);
            }
            else if (await table.ReindexAsync(product.ProductId, cancellationToken) is not null)
            {
                indexed++;
            }
        }
        return TypedResults.Ok(new SearchIndexPage(indexed, skipped, paging.Next(page, products)));
    }
}
