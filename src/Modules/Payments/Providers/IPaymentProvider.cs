using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <param name="PaymentId">The attempt, recorded before this call; the provider's idempotency key.</param>
/// <param name="RequestedOutcome">MOCK only: what the client says happened.</param>
/// <param name="CardNumber">CARD_SIMULATOR only: the card's digits.</param>
internal sealed record ChargeRequest(string PaymentId, decimal Amount, string Currency, PaymentStatus? RequestedOutcome, string? CardNumber);

/// <param name="RefundId">The refund, recorded PENDING before this call; the provider's idempotency key for it.</param>
internal sealed record RefundRequest(string RefundId, string PaymentId, decimal Amount, string Currency);

/// <summary>Who takes the money. Every call is keyed by the payment id, so a repeated charge is the
/// same charge, and a void makes any later charge under that key fail.</summary>
internal interface IPaymentProvider
{
    PaymentProviderKind Kind { get; }

    Task<ProviderOutcome> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    /// <summary>What became of a charge, for a sweep settling an attempt whose request did not finish;
    /// null when nothing was charged under that key.</summary>
    Task<ProviderOutcome?> FindChargeAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>Cancels the charge (or refunds it if captured); charging under the key later is declined.</summary>
    Task VoidAsync(string paymentId, CancellationToken cancellationToken);

    /// <summary>Gives <see cref="RefundRequest.Amount"/> of a collected payment back. Asking again under the
    /// same refund id answers the first outcome and moves no more money.</summary>
    Task<RefundOutcome> RefundAsync(RefundRequest request, CancellationToken cancellationToken);
}

internal enum RefundOutcome
{
    Succeeded,
    /// <summary>The provider will not give this money back (it holds no such charge).</summary>
    Refused,
    /// <summary>The outcome arrives later, by webhook (<c>refund.succeeded</c> or <c>refund.failed</c>).</summary>
    Pending,
}
