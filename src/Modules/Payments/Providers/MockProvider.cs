using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>MOCK: the shopper's client says how it went, a compatibility contract (docs/compatibility.md).
/// Development and tests only; PaymentsOptions keeps it out of Production.</summary>
internal sealed class MockProvider(MockLedger ledger, PaymentMetrics metrics) : IPaymentProvider
{
    public PaymentProviderKind Kind => PaymentProviderKind.Mock;

    public Task<ProviderOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var asked = request.RequestedOutcome == PaymentStatus.Success ? ProviderOutcome.Succeeded : ProviderOutcome.Declined;
        var (outcome, isNew) = ledger.Charge(request.PaymentId, asked);
        if (isNew)
        {
            metrics.Charged(Kind, outcome);
        }
        return Task.FromResult(outcome);
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
