using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class CancelOrder
{
    /// <summary>A shopper may cancel their own unpaid order; its stock goes back on sale. An order
    /// being paid (PAYING) cannot be cancelled: its payment settles it.</summary>
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        return await change.MoveAsync(order?.UserId == user.ShopperId() ? order : null, OrderTransitions.Cancel,
            new OrderChange(CancelReason: CancelReasons.ByCustomer), OrderActor.Shopper(user.ShopperId()), "Order cancelled", cancellationToken);
    }
}
