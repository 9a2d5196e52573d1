using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal static class DeliverOrder
{
    /// <summary>The goods are handed over; in the same transaction the payment records what that
    /// means for it (cash on delivery becomes collected).</summary>
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, OrdersTable orders, OrderStatusChange change, IOrderPayments payments, CancellationToken cancellationToken) =>
        await change.MoveAsync(await orders.FindAsync(orderId, cancellationToken), OrderTransitions.Deliver, OrderChange.Nothing, "Order delivered",
            cancellationToken, (transaction, order) => payments.AddDeliveryAsync(transaction, order.ToSummary(), cancellationToken));
}
