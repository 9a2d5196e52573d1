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

internal sealed record WebhookReceived(string Message, string PaymentId, PaymentStatus Status);

internal static class ReceiveWebhook
{
    /// <summary>The card processor's outcome for a payment. Anonymous, so trusted only through the
    /// signature over the raw body; an event id is applied once, in the same transaction as the payment.</summary>
    public static async Task<Results<Ok<WebhookReceived>, ProblemHttpResult>> Handle(
        HttpRequest http, PaymentsOptions options, PaymentsTable payments, IOrders orders, PaymentSettlement settlement,
        TimeProvider clock, CancellationToken cancellationToken)
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
        if (Read(body) is not { } paymentEvent || paymentEvent.Outcome() is not { } outcome)
        {
            return ShopProblems.BadRequest($"The body must be {{id, type: {PaymentEvent.Succeeded} | {PaymentEvent.Declined}, paymentId}}");
        }
        // Checked before either id reaches DynamoDB: a signed but oversized id must be a 400, not a failed key.
        if (!PaymentEvent.IsWellFormedId(paymentEvent.Id))
        {
            return ShopProblems.BadRequest(PaymentEvent.IdRule);
        }
        if (!PaymentIds.Format.IsWellFormed(paymentEvent.PaymentId))
        {
            return ShopProblems.BadRequest(PaymentIds.Format.Rule);
        }
        if (await payments.FindAsync(paymentEvent.PaymentId, cancellationToken) is not { } attempt
            || await orders.FindOrderAsync(attempt.OrderId, cancellationToken) is not { } order)
        {
            return ShopProblems.NotFound("Payment not found");
        }
        var settled = await settlement.SettleAsync(attempt, order, outcome, paymentEvent.Id, PaymentHistory.Answered(attempt.Provider), cancellationToken);
        return settled.Result switch
        {
            SettlementResult.ReplayedEvent => ShopProblems.Conflict($"Event {paymentEvent.Id} was already processed"),
            SettlementResult.Settled => TypedResults.Ok(new WebhookReceived("Payment settled", attempt.PaymentId, settled.Payment.Status)),
            SettlementResult.Voided => TypedResults.Ok(new WebhookReceived("The order could not take the payment; the charge was voided", attempt.PaymentId, settled.Payment.Status)),
            _ => TypedResults.Ok(new WebhookReceived("Payment was already settled", attempt.PaymentId, settled.Payment.Status)),
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
