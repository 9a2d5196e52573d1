using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class ListOrdersByStatus
{
    private static readonly string[] Statuses =
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Cancelled];

    /// <summary>Every shopper's orders in one status, newest first: the staff's work queue (what to
    /// ship, what is on its way). <c>cursor</c> is the <c>nextToken</c> of the previous page.</summary>
    public static async Task<Results<Ok<OrderPage>, ValidationProblem>> Handle(
        string? status, int? limit, string? cursor, string? nextToken, OrdersTable orders, CancellationToken cancellationToken)
    {
        if (status is null || !Statuses.Contains(status))
        {
            return ShopProblems.Invalid("status", $"status must be one of {string.Join(", ", Statuses)}");
        }
        // A cursor is only accepted for the status it was handed out for.
        var expected = new Dictionary<string, string?> { ["orderId"] = null, ["status"] = status, ["createdAt"] = null };
        if (PageRequest.Read(limit, cursor ?? nextToken, expected, out var page) is { } invalid)
        {
            return invalid;
        }
        var (items, lastKey) = await orders.PageByStatusAsync(status, page.Size, page.StartKey, cancellationToken);
        return TypedResults.Ok(new OrderPage(items.Select(OrderView.From).ToList(), items.Count, PageCursor.Encode(lastKey)));
    }
}
