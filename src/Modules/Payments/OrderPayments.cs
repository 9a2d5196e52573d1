using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Settlement;

namespace CloudRetail.Payments;

/// <summary>What Orders needs from Payments: settling a payment left in flight, collecting (and
/// invoicing) cash at delivery, and voiding cash no longer due when staff cancel an order.</summary>
internal sealed class OrderPayments(
    PaymentsTable payments, IOrders orders, IPaymentProvider provider, PaymentSettlement settlement, PaymentsOptions options,
    IInvoices invoices, Transactions transactions, TimeProvider clock) : IOrderPayments
{
    public async Task<StalledPaymentOutcome> SettleStalledAsync(OrderSummary order, CancellationToken cancellationToken)
    {
        if (order.PaymentId is null || await payments.FindAsync(order.PaymentId, cancellationToken) is not { } attempt)
        {
            return StalledPaymentOutcome.Unsettled;
        }
        if (attempt.Status != PaymentStatus.Processing)
        {
            // The charge was voided but the order did not take the cancellation then; it does now.
            var transaction = transactions.BeginWrite();
            orders.CancelForFailedPayment(transaction, order, attempt.PaymentId);
            return (await transaction.CommitAsync(cancellationToken)).IsCommitted ? StalledPaymentOutcome.Settled : StalledPaymentOutcome.Unsettled;
        }
        if (clock.GetUtcNow() - attempt.CreatedAt < options.StalledAfter)
        {
            return StalledPaymentOutcome.StillRunning;
        }
        var charged = await provider.FindChargeAsync(attempt.PaymentId, cancellationToken);
        if (charged is not { } outcome || !outcome.ConfirmsOrder())
        {
            // Void first, so a charge still on its way under this key is declined, not lost.
            await provider.VoidAsync(attempt.PaymentId, cancellationToken);
            outcome = ProviderOutcome.Declined;
        }
        var settled = await settlement.SettleAsync(attempt, order, outcome, null, cancellationToken);
        return settled.Result is SettlementResult.Settled or SettlementResult.AlreadySettled ? StalledPaymentOutcome.Settled : StalledPaymentOutcome.Unsettled;
    }

    public async Task AddDeliveryAsync(WriteTransaction transaction, OrderSummary order, CancellationToken cancellationToken)
    {
        if (order.PaymentId is { } paymentId && await payments.FindAsync(paymentId, cancellationToken) is { Status: PaymentStatus.Due })
        {
            payments.Move(transaction, paymentId, PaymentStatus.Due, PaymentStatus.Collected, clock.GetUtcNow());
            invoices.RecordDue(transaction, InvoiceDrafts.From(order));
        }
    }

    public async Task AddCancellationAsync(WriteTransaction transaction, OrderSummary order, CancellationToken cancellationToken)
    {
        if (order.PaymentId is { } paymentId && await payments.FindAsync(paymentId, cancellationToken) is { Status: PaymentStatus.Due })
        {
            payments.Move(transaction, paymentId, PaymentStatus.Due, PaymentStatus.Voided, clock.GetUtcNow());
        }
    }

    /// <summary>Issues the invoice the delivery recorded as due; for an order invoiced at payment, or
    /// none at all, this reads one item and finds nothing to do.</summary>
    public async Task DeliveredAsync(OrderSummary order, CancellationToken cancellationToken) =>
        await invoices.IssueAsync(order.OrderId, cancellationToken);
}
