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
        string productId, int? limit, string? nextToken, ICatalog catalog, StockLedgerTable ledger, CancellationToken cancellationToken)
    {
        var expected = new Dictionary<string, string?> { ["productId"] = productId, ["movementId"] = null };
        if (PageRequest.Read(limit, nextToken, expected, out var page) is { } invalid)
        {
            return invalid;
        }
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var (items, lastKey) = await ledger.PageAsync(productId, page, cancellationToken);
        return TypedResults.Ok(new StockMovementPage(items, items.Count, PageCursor.Encode(lastKey)));
    }
}
