using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Webhooks;

namespace CloudRetail.Payments.Providers;

/// <summary>Plays the external card processor in process: it takes a payment intent, decides by
/// test card number, and tells the shop the outcome only through a signed webhook over HTTP, so
/// the shop's real webhook path settles the payment.</summary>
internal sealed class CardSimulator(ProcessorLedger ledger, PaymentMetrics metrics, WebhookSender webhooks) : IPaymentProvider
{
    public PaymentProviderKind Kind => PaymentProviderKind.CardSimulator;

    public Task<ProviderOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var decision = TestCards.Digits(request.CardNumber) is { } digits ? TestCards.Decide(digits) : ProviderOutcome.Declined;
        var (outcome, isNew) = ledger.Charge(request.PaymentId, decision);
        if (isNew)
        {
            metrics.Charged(Kind, outcome);
            webhooks.Deliver(new PaymentEvent($"evt_{Guid.NewGuid():N}",
                outcome == ProviderOutcome.Succeeded ? PaymentEvent.Succeeded : PaymentEvent.Declined, request.PaymentId));
        }
        return Task.FromResult(ProviderOutcome.Pending);
    }

    public Task<ProviderOutcome?> FindChargeAsync(string paymentId, CancellationToken cancellationToken) => Task.FromResult(ledger.Find(paymentId));

    public Task VoidAsync(string paymentId, CancellationToken cancellationToken)
    {
        if (ledger.Void(paymentId))
        {
            metrics.Voided(Kind);
        }
        return Task.CompletedTask;
    }

    /// <summary>The processor's refund call: answered at once, as test-mode processors do for a card they charged.</summary>
    public Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var (outcome, isNew) = ledger.Refund(request.RefundId, request.PaymentId);
        if (isNew)
        {
            metrics.Refunded(Kind, outcome);
        }
        return Task.FromResult(outcome);
    }
}
