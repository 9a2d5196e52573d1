using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class SearchOrders
{
    /// <summary>Every shopper's orders, newest first, found by id, by the customer's e-mail or by status, within
    /// a date range and a total range: the staff's work queue (<c>status=CONFIRMED</c>: what to ship) and their
    /// search. One DynamoDB call a page; by status, one of each shard of the status index (<see cref="ShardedQuery"/>). Every parameter is optional text, checked by <see cref="OrderSearch.Parse"/> so that a
    /// bad one is a 400 naming it (a typed parameter would fail binding without naming it); <c>nextToken</c> is the older name of
    /// <c>cursor</c>. Plain parameters rather than [AsParameters]: the request delegate generator cannot bind a record of nullable strings.</summary>
    public static async Task<Results<Ok<OrderPage>, ValidationProblem>> Handle(
        string? orderId, string? email, string? status, string? from, string? to, string? minTotal, string? maxTotal, int? limit, string? cursor, string? nextToken,
        OrdersTable orders, Paging paging, CancellationToken cancellationToken)
    {
        var (search, field, message) = OrderSearch.Parse(orderId, email, status, from, to, minTotal, maxTotal);
        if (search is null)
        {
            return ShopProblems.Invalid(field!, message!);
        }
        if (paging.Read(limit, cursor ?? nextToken, search.Listing, out var page, cursor is null && nextToken is not null ? "nextToken" : "cursor") is { } invalid)
        {
            return invalid;
        }
        var found = await orders.SearchAsync(search, page, cancellationToken);
        return TypedResults.Ok(new OrderPage(found.Items.Select(OrderView.From).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}
