using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class DeliverOrder
{
    /// <summary>The goods are handed over; in the same transaction the payment records what that
    /// means for it (cash on delivery becomes collected), and once committed it follows up (the
    /// collected cash is invoiced).</summary>
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, IOrderPayments payments, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        var staff = OrderActor.Admin(user.ShopperId());
        var delivered = await change.MoveAsync(order, OrderTransitions.Deliver, OrderChange.Nothing, staff, "Order delivered",
            cancellationToken, (transaction, order) => payments.AddDeliveryAsync(transaction, order.ToSummary(), staff, cancellationToken), Audit.AuditAdmin.Of(user));
        if (delivered.Result is Ok<OrderChanged> && order is not null)
        {
            await payments.DeliveredAsync(order.ToSummary(), CancellationToken.None);
        }
        return delivered;
    }
}
