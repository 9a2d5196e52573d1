using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>One page of the backfill: how many orders were given their status index shard, and where the
/// next page starts (null when the table is done).</summary>
internal sealed record StatusIndexPage(int Sharded, string? NextToken);

internal static class ShardStatusIndex
{
    /// <summary>Gives a page of orders written before the status index was sharded their <c>statusShard</c>, so that
    /// reads by status (the staff's queue, the sweep, reconciliation) find them: run page after page until
    /// <c>nextToken</c> is null, once after the deploy that shards the index. Running it again changes nothing.</summary>
    public static async Task<Results<Ok<StatusIndexPage>, ValidationProblem>> Handle(
        int? limit, string? nextToken, OrdersTable orders, Paging paging, CancellationToken cancellationToken)
    {
        if (paging.Read(limit, nextToken, "orders/status-index", out var page) is { } invalid)
        {
            return invalid;
        }
        var (sharded, lastKey) = await orders.ShardStatusIndexAsync(page, cancellationToken);
        return TypedResults.Ok(new StatusIndexPage(sharded, paging.Encode(page.Listing, lastKey)));
    }
}
