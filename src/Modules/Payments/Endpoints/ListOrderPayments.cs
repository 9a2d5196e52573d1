using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders;
using CloudRetail.Payments.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

internal static class ListOrderPayments
{
    /// <summary>The order's owner and staff see its payment and refunds; for anyone else the order does not exist.</summary>
    public static async Task<Results<Ok<OrderPaymentsView>, ValidationProblem, ProblemHttpResult>> Handle(
        string? orderId, ClaimsPrincipal user, IOrders orders, PaymentsTable payments, RefundsTable refunds, CancellationToken cancellationToken)
    {
        if (!OrderIdShape.Format.IsWellFormed(orderId))
        {
            return ShopProblems.Invalid("orderId", OrderIdShape.Format.Rule);
        }
        if (await orders.FindOrderAsync(orderId!, cancellationToken) is not { } order || (order.UserId != user.ShopperId() && !user.IsAdmin()))
        {
            return ShopProblems.NotFound("Order not found");
        }
        // An order has at most one payment attempt: a declined one cancels it.
        var payment = order.PaymentId is { } paymentId ? await payments.FindAsync(paymentId, cancellationToken) : null;
        var refunded = await refunds.ForOrderAsync(order.OrderId, cancellationToken);
        return TypedResults.Ok(new OrderPaymentsView(order.OrderId, payment is null ? [] : [payment], refunded.Select(RefundView.From).ToList()));
    }
}
