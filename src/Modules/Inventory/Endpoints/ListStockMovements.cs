using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

internal sealed record StockMovementPage(IReadOnlyList<LedgerEntry> Items, int Count, string? NextToken);

internal static class ListStockMovements
{
    /// <summary>The product's ledger, newest first: every reservation, release and sale with its order,
    /// every count and adjustment with who made it and why.</summary>
    public static async Task<Results<Ok<StockMovementPage>, ValidationProblem, ProblemHttpResult>> Handle(
        string productId, int? limit, string? nextToken, ICatalog catalog, StockLedgerTable ledger, Paging paging, CancellationToken cancellationToken)
    {
        if (paging.Read(limit, nextToken, $"stock-movements/{productId}", out var page) is { } invalid)
        {
            return invalid;
        }
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var found = await ledger.PageAsync(productId, page, cancellationToken);
        return TypedResults.Ok(new StockMovementPage(found.Items, found.Items.Count, paging.Next(page, found)));
    }
}
