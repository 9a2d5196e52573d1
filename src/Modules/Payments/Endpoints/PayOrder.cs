using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Settlement;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

internal static class PayOrder
{
    /// <summary>Pays the caller's PENDING order. Before any money moves, one transaction records the
    /// attempt and moves the order to PAYING, so a second payment, a cancel or the sweep cannot also
    /// act on it. The provider is charged under the attempt's id; its outcome settles the attempt,
    /// the order and the stock in a second transaction (or later, by webhook).</summary>
    public static async Task<Results<Ok<PaymentProcessed>, Accepted<PaymentProcessed>, ProblemHttpResult>> Handle(
        PayOrderRequest request, ClaimsPrincipal user, IOrders orders, IOrderHistory history, IPaymentProvider provider, PaymentsTable payments,
        PaymentSettlement settlement, Transactions transactions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(request.OrderId!, cancellationToken) is not { } order || order.UserId != user.ShopperId())
        {
            return ShopProblems.NotFound("Order not found");
        }
        if (order.Status != OrderStatus.Pending)
        {
            return NotPending(order.OrderId, order.Status.Name());
        }
        var attempt = Payment.Start(order, provider.Kind, clock.GetUtcNow());
        var start = transactions.BeginWrite();
        payments.Add(start, attempt);
        history.Record(start, order.OrderId, PaymentHistory.Moved(attempt, null, attempt.Status, OrderActor.Shopper(order.UserId)));
        if (provider.Kind == PaymentProviderKind.Cod)
        {
            orders.StartCashOnDeliveryPayment(start, order, attempt.PaymentId);
        }
        else
        {
            orders.StartPayment(start, order, attempt.PaymentId);
        }
        var started = await start.CommitAsync(cancellationToken);
        if (started.Failures.OfType<UncollectedCashLimitReached>().FirstOrDefault() is { } limit)
        {
            return ShopProblems.Conflict(
                $"You already have {limit.Max} cash-on-delivery orders on the way; pay for this one when one of them has been delivered",
                new Dictionary<string, object?> { ["orderId"] = order.OrderId });
        }
        if (!started.IsCommitted)
        {
            return NotPending(order.OrderId, "no longer PENDING");
        }

        // From here the attempt exists: finish it even if the caller goes away, or the sweep will.
        var outcome = await provider.ChargeAsync(
            new ChargeRequest(attempt.PaymentId, order.TotalAmount, order.Currency, UpperCaseNames.TryParse<PaymentStatus>(request.Status, out var asked) ? asked : null,
                TestCards.Digits(request.CardNumber)), CancellationToken.None);
        if (outcome == ProviderOutcome.Pending)
        {
            return TypedResults.Accepted($"/api/payments/{attempt.PaymentId}", PaymentProcessed.Intent(attempt));
        }
        var settled = await settlement.SettleAsync(attempt, order, outcome, null, PaymentHistory.Answered(provider.Kind), CancellationToken.None);
        return settled.Result switch
        {
            SettlementResult.Voided => ShopProblems.Conflict("The order could not take this payment; the charge was voided",
                new Dictionary<string, object?> { ["orderId"] = order.OrderId, ["paymentId"] = attempt.PaymentId }),
            SettlementResult.Refused => ShopProblems.Conflict("The payment's outcome could not be recorded on the order now; the sweep settles it",
                new Dictionary<string, object?> { ["orderId"] = order.OrderId, ["paymentId"] = attempt.PaymentId }),
            _ => TypedResults.Ok(PaymentProcessed.Settled(settled.Payment, order, settled.Email)),
        };
    }

    private static ProblemHttpResult NotPending(string orderId, string status) =>
        ShopProblems.Conflict($"Only a PENDING order can be paid; this one is {status}", new Dictionary<string, object?> { ["orderId"] = orderId });
}
