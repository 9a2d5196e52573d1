using CloudRetail.BuildingBlocks.Http;
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

/// <summary>Staff take back an order whose cash is still due: cancelled before it ships, or refused
/// at the door after. Its sold units go back on hand (with their ledger entries), the cash it owed is
/// voided and the shopper's uncollected-cash slot is freed, all in one transaction. An order whose
/// payment was collected needs a refund, which staff cannot issue yet: that is a 409 saying so.</summary>
internal static class CancelOrderByStaff
{
    public const string PaidNeedsRefund = "This order's payment was collected; cancelling it needs a refund, which the shop cannot issue yet";

    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Cancel(
        string orderId, StaffCancelRequest request, OrdersTable orders, OrderStatusChange change, IOrderPayments payments, CancellationToken cancellationToken) =>
        await TakeBackAsync(await orders.FindAsync(orderId, cancellationToken), OrderTransitions.CancelByStaff, request.Reason, "Order cancelled",
            change, payments, cancellationToken);

    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> RefuseDelivery(
        string orderId, StaffCancelRequest request, OrdersTable orders, OrderStatusChange change, IOrderPayments payments, CancellationToken cancellationToken) =>
        await TakeBackAsync(await orders.FindAsync(orderId, cancellationToken), OrderTransitions.RefuseDelivery, $"{CancelReasons.RefusedAtTheDoor}: {request.Reason}",
            "Delivery refused; the order is cancelled and its stock is back on hand", change, payments, cancellationToken);

    private static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> TakeBackAsync(
        Order? order, OrderTransition transition, string reason, string message, OrderStatusChange change, IOrderPayments payments,
        CancellationToken cancellationToken)
    {
        if (order is not null && transition.AllowedFor(order) && !order.CashDue)
        {
            return ShopProblems.Conflict(PaidNeedsRefund, new Dictionary<string, object?> { ["orderId"] = order.OrderId });
        }
        return await change.MoveAsync(order, transition, new OrderChange(CancelReason: reason), message, cancellationToken,
            (transaction, moved) => payments.AddCancellationAsync(transaction, moved.ToSummary(), cancellationToken));
    }
}
