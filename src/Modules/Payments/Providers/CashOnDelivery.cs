using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>Cash on delivery: no money moves when the shopper pays, so there is nothing to look up
/// or void. The order is confirmed with the payment DUE; delivering it collects the cash.</summary>
internal sealed class CashOnDelivery(PaymentMetrics metrics) : IPaymentProvider
{
    public PaymentProviderKind Kind => PaymentProviderKind.Cod;

    public Task<ProviderOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        metrics.Charged(Kind, ProviderOutcome.Due);
        return Task.FromResult(ProviderOutcome.Due);
    }

    /// <summary>A promise to pay at the door that never reached the order was never made.</summary>
    public Task<ProviderOutcome?> FindChargeAsync(string paymentId, CancellationToken cancellationToken) => Task.FromResult<ProviderOutcome?>(null);

    public Task VoidAsync(string paymentId, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Cash collected at the door is paid back by staff, in cash or by transfer: recording the
    /// refund is all the shop's systems do, so it always succeeds.</summary>
    public Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        metrics.Refunded(Kind, RefundOutcome.Succeeded);
        return Task.FromResult(RefundOutcome.Succeeded);
    }
}
