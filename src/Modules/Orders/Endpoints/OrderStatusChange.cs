using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record OrderChanged(string Message, OrderView Order);

/// <summary>Moves an order along its life for the endpoints: one transaction, refused when
/// the order is not where the move starts, or moved meanwhile.</summary>
internal sealed class OrderStatusChange(OrdersTable orders, OrderMoves moves, Transactions transactions)
{
    public async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> MoveAsync(
        Order? order, OrderTransition transition, OrderChange change, OrderActor actor, string message, CancellationToken cancellationToken,
        Func<WriteTransaction, Order, Task>? alongside = null)
    {
        if (order is null)
        {
            return OrderRefusal.NotFound.ToProblem();
        }
        if (!transition.AllowedFor(order))
        {
            return OrderRefusal.NotAllowed(order, transition.To).ToProblem();
        }
        var transaction = transactions.BeginWrite();
        moves.Add(transaction, order, transition, change, actor);
        if (alongside is not null)
        {
            await alongside(transaction, order);
        }
        if (!(await transaction.CommitAsync(cancellationToken)).IsCommitted)
        {
            return OrderRefusal.ChangedMeanwhile(order.OrderId).ToProblem();
        }
        return TypedResults.Ok(new OrderChanged(message, OrderView.From((await orders.FindAsync(order.OrderId, cancellationToken))!)));
    }
}
