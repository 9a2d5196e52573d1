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
        string orderId, OrdersTable orders, OrderStatusChange change, IOrderPayments payments, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        var delivered = await change.MoveAsync(order, OrderTransitions.Deliver, OrderChange.Nothing, "Order delivered",
            cancellationToken, (transaction, order) => payments.AddDeliveryAsync(transaction, order.ToSummary(), cancellationToken));
        if (delivered.Result is Ok<OrderChanged> && order is not null)
        {
            await payments.DeliveredAsync(order.ToSummary(), CancellationToken.None);
        }
        return delivered;
    }
}
