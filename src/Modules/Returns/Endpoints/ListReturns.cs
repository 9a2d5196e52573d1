using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

internal static class ListReturns
{
    /// <summary>The staff's queue: every return in one status (REQUESTED unless asked), newest first, each
    /// line with its product's name (one batch read of the catalog for the page).</summary>
    public static async Task<Results<Ok<ReturnPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? nextToken, ReturnsTable returns, ICatalog catalog, Paging paging, CancellationToken cancellationToken)
    {
        var wanted = ReturnStatus.Requested;
        if (status is not null && !UpperCaseNames.TryParse(status, out wanted))
        {
            return ShopProblems.Invalid("status", $"status must be one of {string.Join(", ", UpperCaseNames.All<ReturnStatus>())}");
        }
        // A cursor is only accepted for the status it was handed out for.
        if (paging.Read(limit, nextToken, $"returns/status/{wanted.Name()}", out var page) is { } invalid)
        {
            return invalid;
        }
        var found = await returns.PageByStatusAsync(wanted, page, cancellationToken);
        var names = await catalog.FindProductsAsync(found.Items.SelectMany(r => r.Lines).Select(l => l.ProductId).ToHashSet(StringComparer.Ordinal), cancellationToken);
        return TypedResults.Ok(new ReturnPage(found.Items.Select(r => ReturnView.From(r, names)).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}
