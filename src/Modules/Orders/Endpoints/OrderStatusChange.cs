using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record OrderChanged(string Message, OrderView Order);

/// <summary>Moves an order along its life for the endpoints: one transaction, refused when
/// the order is not where the move starts, or moved meanwhile. A move by staff (<paramref name="staff"/>
/// given) has its audit entry in the same transaction.</summary>
internal sealed class OrderStatusChange(OrdersTable orders, OrderMoves moves, Transactions transactions, IAuditTrail audit)
{
    public async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> MoveAsync(
        Order? order, OrderTransition transition, OrderChange change, OrderActor actor, string message, CancellationToken cancellationToken,
        Func<WriteTransaction, Order, Task>? alongside = null, AuditAdmin? staff = null)
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
        if (staff is not null)
        {
            audit.Record(transaction, StaffMove(order, transition, change, staff));
        }
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

    /// <summary>The audit entry of a staff move: the status before and after, and what the move set (the tracking number).</summary>
    private static AuditEntry StaffMove(Order order, OrderTransition transition, OrderChange change, AuditAdmin staff)
    {
        var action = transition == OrderTransitions.Ship ? AuditAction.OrderShipped
            : transition == OrderTransitions.Deliver ? AuditAction.OrderDelivered
            : transition == OrderTransitions.RefuseDelivery ? AuditAction.OrderDeliveryRefused
            : transition == OrderTransitions.CancelByStaff ? AuditAction.OrderCancelled
            : throw new ArgumentException($"{transition.From.Name()} to {transition.To.Name()} is not a staff move", nameof(transition));
        var after = new Dictionary<string, string> { ["status"] = transition.To.Name() };
        if (change.TrackingNumber is { } tracking)
        {
            after["trackingNumber"] = tracking;
        }
        return new AuditEntry(action, AuditSubject.Order(order.OrderId), staff, new Dictionary<string, string> { ["status"] = order.Status.Name() }, after,
            change.CancelReason);
    }
}
