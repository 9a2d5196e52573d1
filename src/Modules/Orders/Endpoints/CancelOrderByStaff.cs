using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>Why staff take an order back: shown on the order as its cancel reason.</summary>
internal sealed record StaffCancelRequest(string Reason);

internal sealed class StaffCancelValidator : AbstractValidator<StaffCancelRequest>
{
    public StaffCancelValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(200);
}

/// <summary>Staff take back an order before it ships (a paid one too), or a cash-on-delivery one refused
/// at the door after. One transaction moves the order, puts its sold units back on hand (with their
/// ledger entries), frees the shopper's slots, and voids the cash it owed or records the refund of
/// what was collected; the provider then pays the refund back (<see cref="IOrderPayments.CancelledAsync"/>).
/// A paid order refused at the door is refunded by POST /api/orders/{orderId}/refunds instead.</summary>
internal static class CancelOrderByStaff
{
    public const string PaidRefusedAtTheDoor =
        "This order's payment was collected; when its parcel is back, refund it with POST /api/orders/{orderId}/refunds";

    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Cancel(
        string orderId, StaffCancelRequest request, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, IOrderPayments payments,
        CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        var cancellation = new StaffCancellation(request.Reason, user.ShopperId());
        var moved = await change.MoveAsync(order, OrderTransitions.CancelByStaff, new OrderChange(CancelReason: request.Reason), OrderActor.Admin(cancellation.StaffId), "Order cancelled", cancellationToken,
            (transaction, o) => payments.AddCancellationAsync(transaction, o.ToSummary(), cancellation, cancellationToken), Audit.AuditAdmin.Of(user));
        if (moved.Result is not Ok<OrderChanged> { Value: { } changed })
        {
            return moved;
        }
        var refund = await payments.CancelledAsync(order!.ToSummary(), CancellationToken.None);
        var message = refund.Pending > 0
            ? $"Order cancelled; {Pricing.Refunds.Text(refund.Refunded + refund.Pending, refund.Currency)} is being refunded"
            : refund.Refunded > 0 ? $"Order cancelled; {Pricing.Refunds.Text(refund.Refunded, refund.Currency)} refunded" : changed.Message;
        return TypedResults.Ok(changed with { Message = message });
    }

    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> RefuseDelivery(
        string orderId, StaffCancelRequest request, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, IOrderPayments payments,
        CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is not null && OrderTransitions.RefuseDelivery.AllowedFor(order) && !order.CashDue)
        {
            return ShopProblems.Conflict(PaidRefusedAtTheDoor, new Dictionary<string, object?> { ["orderId"] = order.OrderId });
        }
        var cancellation = new StaffCancellation($"{CancelReasons.RefusedAtTheDoor}: {request.Reason}", user.ShopperId());
        return await change.MoveAsync(order, OrderTransitions.RefuseDelivery, new OrderChange(CancelReason: cancellation.Reason), OrderActor.Admin(cancellation.StaffId),
            "Delivery refused; the order is cancelled and its stock is back on hand", cancellationToken,
            (transaction, o) => payments.AddCancellationAsync(transaction, o.ToSummary(), cancellation, cancellationToken), Audit.AuditAdmin.Of(user));
    }
}
