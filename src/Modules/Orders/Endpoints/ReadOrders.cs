using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record OrderPage(IReadOnlyList<OrderView> Items, int Count, string? NextToken);

internal static class ListOrders
{
    /// <summary>The caller's own orders, newest first. A <c>?userId=</c> from an older client is never read (docs/compatibility.md).</summary>
    public static async Task<Results<Ok<OrderPage>, ValidationProblem>> Handle(
        int? limit, string? nextToken, ClaimsPrincipal user, OrdersTable orders, Paging paging, CancellationToken cancellationToken)
    {
        var userId = user.ShopperId();
        // A cursor is only accepted for the caller's own listing, so it cannot page through another's orders.
        if (paging.Read(limit, nextToken, $"orders/user/{userId}", out var page) is { } invalid)
        {
            return invalid;
        }
        var found = await orders.PageForUserAsync(userId, page, cancellationToken);
        return TypedResults.Ok(new OrderPage(found.Items.Select(OrderView.From).ToList(), found.Items.Count, paging.Next(page, found)));
    }
}

internal static class GetOrder
{
    /// <summary>The owner or staff see an order with its history; for anyone else it does not exist.
    /// Two DynamoDB calls at once, the order and its history; for staff, a third when members of staff moved
    /// the order: one BatchGetItem for their e-mails.</summary>
    public static async Task<Results<Ok<OrderView>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, OrdersTable orders, OrderHistoryTable history, Transactions transactions, IAdminEmails emails,
        CancellationToken cancellationToken)
    {
        var found = orders.FindAsync(orderId, cancellationToken);
        var entries = history.ForOrderAsync(orderId, cancellationToken);
        await Task.WhenAll(found, entries);
        if (await found is not { } order || (order.UserId != user.ShopperId() && !user.IsAdmin()))
        {
            return OrderRefusal.NotFound.ToProblem();
        }
        var staffEmails = user.IsAdmin()
            ? await emails.FindEmailsAsync(transactions, StaffIn(await entries), cancellationToken)
            : null;
        return TypedResults.Ok(OrderView.From(order) with { History = OrderHistoryView.Of(await entries, staffEmails) });
    }

    private static IEnumerable<string> StaffIn(IEnumerable<OrderHistoryEntry> entries) =>
        entries.Where(e => e.Event.Actor is { Kind: OrderActorKind.Admin, Id: not null }).Select(e => e.Event.Actor.Id!);
}
