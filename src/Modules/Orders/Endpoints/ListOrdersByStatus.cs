using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class ListOrdersByStatus
{
    /// <summary>Every shopper's orders in one status, newest first: the staff's work queue (what to
    /// ship, what is on its way). <c>cursor</c> is the <c>nextToken</c> of the previous page.</summary>
    public static async Task<Results<Ok<OrderPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? cursor, string? nextToken, OrdersTable orders, Paging paging, CancellationToken cancellationToken)
    {
        if (!UpperCaseNames.TryParse<OrderStatus>(status, out var wanted))
        {
            return ShopProblems.Invalid("status", $"status must be one of {string.Join(", ", UpperCaseNames.All<OrderStatus>())}");
        }
        // A cursor is only accepted for the status it was handed out for.
        if (paging.Read(limit, cursor ?? nextToken, $"orders/status/{status}", out var page, cursor is null ? "nextToken" : "cursor") is { } invalid)
        {
            return invalid;
        }
        var found = await orders.PageByStatusAsync(wanted, page, cancellationToken);
        return TypedResults.Ok(new OrderPage(found.Items.Select(OrderView.From).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}
