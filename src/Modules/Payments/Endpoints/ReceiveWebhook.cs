using System.Text.Json;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Settlement;
using CloudRetail.Payments.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Payments.Endpoints;

/// <param name="RefundId">Set, with <paramref name="RefundStatus"/>, when the event was about a refund.</param>
internal sealed record WebhookReceived(string Message, string PaymentId, PaymentStatus Status, string? RefundId = null, RefundStatus? RefundStatus = null);

internal static class ReceiveWebhook
{
    /// <summary>The card processor's outcome for a payment or a refund. Anonymous, so trusted only through
    /// the signature over the raw body; an event id is applied once, in the same transaction as what it settles.</summary>
    public static async Task<Results<Ok<WebhookReceived>, ProblemHttpResult>> Handle(
        HttpRequest http, PaymentsOptions options, PaymentsTable payments, RefundsTable refunds, IOrders orders, PaymentSettlement settlement,
        RefundDesk desk, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (options.Provider != PaymentProviderKind.CardSimulator)
        {
            return ShopProblems.NotFound($"The {options.Provider.Name()} provider sends no webhooks");
        }
        var body = await new StreamReader(http.Body).ReadToEndAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (WebhookSignature.Verify(options.WebhookSecret!, http.Headers[WebhookSignature.Header], body, now, options.WebhookTolerance) is { } invalidSignature)
        {
            return ShopProblems.Problem(StatusCodes.Status401Unauthorized, invalidSignature);
        }
        if (Read(body) is not { } paymentEvent || (paymentEvent.Outcome() is null && paymentEvent.RefundOutcome() is null))
        {
            return ShopProblems.BadRequest(
                $"The body must be {{id, type: {PaymentEvent.Succeeded} | {PaymentEvent.Declined} | {PaymentEvent.RefundSucceeded} | {PaymentEvent.RefundFailed}, paymentId, refundId (refunds only)}}");
        }
        // Checked before any id reaches DynamoDB: a signed but oversized or odd id must be a 400, not a failed key.
        if (!PaymentEvent.IsWellFormedId(paymentEvent.Id))
        {
            return ShopProblems.BadRequest(PaymentEvent.IdRule);
        }
        if (!PaymentIds.Format.IsWellFormed(paymentEvent.PaymentId))
        {
            return ShopProblems.BadRequest(PaymentIds.Format.Rule);
        }
        if (paymentEvent.IsAboutRefund() && !RefundIds.Format.IsWellFormed(paymentEvent.RefundId))
        {
            return ShopProblems.BadRequest(RefundIds.Format.Rule);
        }
        if (await payments.FindAsync(paymentEvent.PaymentId, cancellationToken) is not { } attempt)
        {
            return ShopProblems.NotFound("Payment not found");
        }
        if (paymentEvent.RefundOutcome() is { } refundOutcome)
        {
            return await RefundAsync(paymentEvent, attempt, refundOutcome, refunds, desk, cancellationToken);
        }
        if (await orders.FindOrderAsync(attempt.OrderId, cancellationToken) is not { } order)
        {
            return ShopProblems.NotFound("Payment not found");
        }
        var settled = await settlement.SettleAsync(attempt, order, paymentEvent.Outcome()!.Value, paymentEvent.Id, PaymentHistory.Answered(attempt.Provider), cancellationToken);
        var status = settled.Payment.Status;
        return settled.Result switch
        {
            SettlementResult.ReplayedEvent => ShopProblems.Conflict($"Event {paymentEvent.Id} was already processed"),
            SettlementResult.Settled => TypedResults.Ok(new WebhookReceived("Payment settled", attempt.PaymentId, status)),
            SettlementResult.Voided => TypedResults.Ok(new WebhookReceived("The order could not take the payment; the charge was voided", attempt.PaymentId, status)),
            SettlementResult.Refused => ShopProblems.Conflict("The order could not take this outcome now; the sweep settles the payment",
                new Dictionary<string, object?> { ["paymentId"] = attempt.PaymentId }),
            _ => TypedResults.Ok(new WebhookReceived("Payment was already settled", attempt.PaymentId, status)),
        };
    }

    private static async Task<Results<Ok<WebhookReceived>, ProblemHttpResult>> RefundAsync(
        PaymentEvent paymentEvent, Payment payment, Providers.RefundOutcome outcome, RefundsTable refunds, RefundDesk desk, CancellationToken cancellationToken)
    {
        if (await refunds.FindAsync(payment.OrderId, paymentEvent.RefundId!, cancellationToken) is not { } refund || refund.PaymentId != payment.PaymentId)
        {
            return ShopProblems.NotFound("Refund not found");
        }
        var (settled, result) = await desk.SettleAsync(refund, outcome, paymentEvent.Id, cancellationToken);
        return result switch
        {
            RefundSettlement.ReplayedEvent => ShopProblems.Conflict($"Event {paymentEvent.Id} was already processed"),
            RefundSettlement.Settled => TypedResults.Ok(new WebhookReceived("Refund settled", payment.PaymentId, payment.Status, refund.RefundId, settled.Status)),
            _ => TypedResults.Ok(new WebhookReceived("Refund was already settled", payment.PaymentId, payment.Status, refund.RefundId, settled.Status)),
        };
    }

    private static PaymentEvent? Read(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, PaymentsJson.Default.PaymentEvent) is { Id.Length: > 0, PaymentId.Length: > 0 } read ? read : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
