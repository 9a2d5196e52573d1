using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

internal static class ListReturns
{
    /// <summary>The staff's queue: every return in one status (REQUESTED unless asked), newest first.</summary>
    public static async Task<Results<Ok<ReturnPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? nextToken, ReturnsTable returns, Paging paging, CancellationToken cancellationToken)
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
        return TypedResults.Ok(new ReturnPage(found.Items.Select(ReturnView.From).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}
