using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Webhooks;

namespace CloudRetail.Payments.Providers;

/// <summary>Plays the external card processor in process: it takes a payment intent, decides by
/// test card number, and tells the shop the outcome only through a signed webhook over HTTP, so
/// the shop's real webhook path settles the payment. Refunds go the same way. Its books are a DynamoDB
/// table (<see cref="CardSimulatorTable"/>), so whichever instance is asked answers for every charge.</summary>
internal sealed class CardSimulator(CardSimulatorTable books, PaymentMetrics metrics, WebhookSender webhooks, TimeProvider clock) : IPaymentProvider
{
    public PaymentProviderKind Kind => PaymentProviderKind.CardSimulator;

    public async Task<ProviderOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var decision = TestCards.Digits(request.CardNumber) is { } digits ? TestCards.Decide(digits) : ProviderOutcome.Declined;
        var owed = new PaymentEvent(PaymentEvent.NewId(), decision == ProviderOutcome.Succeeded ? PaymentEvent.Succeeded : PaymentEvent.Declined, request.PaymentId);
        var now = clock.GetUtcNow();
        // A repeat under the key answers nothing new: the first call's webhook is owed already.
        if (await books.AddChargeAsync(request.PaymentId, decision, owed, now, now + WebhookSchedule.SweepTakesOver, cancellationToken))
        {
            metrics.Charged(Kind, decision);
            webhooks.Deliver(CardSimulatorTable.ChargeKey(request.PaymentId), owed);
        }
        return ProviderOutcome.Pending;
    }

    public Task<ProviderOutcome?> FindChargeAsync(string paymentId, CancellationToken cancellationToken) => books.FindChargeAsync(paymentId, cancellationToken);

    public async Task VoidAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (await books.VoidAsync(paymentId, clock.GetUtcNow(), cancellationToken))
        {
            metrics.Voided(Kind);
        }
    }

    /// <summary>The processor's refund call: recorded under the refund id, its outcome told by a signed
    /// <c>refund.succeeded</c> or <c>refund.failed</c> webhook (so the first answer is PENDING). Asked
    /// again under the same id (the sweep), it answers the outcome it recorded and moves no more money.</summary>
    public async Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        if (await books.FindRefundAsync(request.RefundId, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        var decision = await books.FindChargeAsync(request.PaymentId, cancellationToken) == ProviderOutcome.Succeeded ? RefundOutcome.Succeeded : RefundOutcome.Refused;
        var owed = new PaymentEvent(PaymentEvent.NewId(), decision == RefundOutcome.Succeeded ? PaymentEvent.RefundSucceeded : PaymentEvent.RefundFailed,
            request.PaymentId, request.RefundId);
        var now = clock.GetUtcNow();
        if (!await books.AddRefundAsync(request.RefundId, request.PaymentId, decision, owed, now, now + WebhookSchedule.SweepTakesOver, cancellationToken))
        {
            return await books.FindRefundAsync(request.RefundId, cancellationToken) ?? RefundOutcome.Pending;
        }
        metrics.Refunded(Kind, decision);
        webhooks.Deliver(CardSimulatorTable.RefundKey(request.RefundId), owed);
        return RefundOutcome.Pending;
    }
}
