using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Settlement;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Payments;

/// <summary>What Orders needs from Payments: settling a payment left in flight, collecting (and
/// invoicing) cash at delivery, and, when staff cancel an order, voiding cash no longer due or
/// refunding what was collected.</summary>
internal sealed class OrderPayments(
    PaymentsTable payments, RefundsTable refunds, RefundDesk desk, IOrders orders, IOrderHistory history, PaymentProviders providers, PaymentSettlement settlement,
    PaymentsOptions options, IInvoices invoices, INotifications notifications, Transactions transactions, TimeProvider clock,
    ILogger<OrderPayments> logger) : IOrderPayments
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
            orders.CancelForFailedPayment(transaction, order, attempt.PaymentId, OrderActor.Sweep);
            return (await transaction.CommitAsync(cancellationToken)).IsCommitted ? StalledPaymentOutcome.Settled : StalledPaymentOutcome.Unsettled;
        }
        if (clock.GetUtcNow() - attempt.CreatedAt < options.StalledAfter)
        {
            return StalledPaymentOutcome.StillRunning;
        }
        // Asked of the provider that took the attempt, whichever PAYMENT_PROVIDER names now.
        var provider = providers.For(attempt.Provider);
        var charged = await provider.FindChargeAsync(attempt.PaymentId, cancellationToken);
        if (charged is not { } outcome || !outcome.ConfirmsOrder())
        {
            // Void first, so a charge still on its way under this key is declined, not lost.
            await provider.VoidAsync(attempt.PaymentId, cancellationToken);
            outcome = ProviderOutcome.Declined;
        }
        var settled = await settlement.SettleAsync(attempt, order, outcome, null, OrderActor.Sweep, cancellationToken);
        if (settled.Result == SettlementResult.Refused)
        {
            logger.LogWarning("Payment {PaymentId} of order {OrderId} could not be settled {Outcome}: {Cause}; the next sweep tries again",
                attempt.PaymentId, order.OrderId, outcome, settled.Cause);
        }
        return settled.Result is SettlementResult.Settled or SettlementResult.AlreadySettled ? StalledPaymentOutcome.Settled : StalledPaymentOutcome.Unsettled;
    }

    public async Task AddDeliveryAsync(WriteTransaction transaction, OrderSummary order, OrderActor staff, CancellationToken cancellationToken)
    {
        if (order.PaymentId is { } paymentId && await payments.FindAsync(paymentId, cancellationToken) is { Status: PaymentStatus.Due } due)
        {
            payments.Move(transaction, paymentId, PaymentStatus.Due, PaymentStatus.Collected, clock.GetUtcNow());
            history.Record(transaction, order.OrderId, PaymentHistory.Moved(due, PaymentStatus.Due, PaymentStatus.Collected, staff, "cash collected at delivery"));
            invoices.RecordDue(transaction, InvoiceDrafts.From(order));
        }
    }

    public async Task AddCancellationAsync(WriteTransaction transaction, OrderSummary order, StaffCancellation cancellation, CancellationToken cancellationToken)
    {
        if (order.PaymentId is not { } paymentId || await payments.FindAsync(paymentId, cancellationToken) is not { } payment)
        {
            return;
        }
        if (payment.Status == PaymentStatus.Due)
        {
            payments.Move(transaction, paymentId, PaymentStatus.Due, PaymentStatus.Voided, clock.GetUtcNow());
            history.Record(transaction, order.OrderId, PaymentHistory.Moved(payment, PaymentStatus.Due, PaymentStatus.Voided, OrderActor.Admin(cancellation.StaffId), cancellation.Reason));
        }
        else if (payment.Refundable > 0)
        {
            desk.Record(transaction, payment, Refund.Start(payment, payment.Refundable, cancellation.Reason, [], cancellation.StaffId, clock.GetUtcNow()));
        }
    }

    public async Task<CancellationRefund> CancelledAsync(OrderSummary order, CancellationToken cancellationToken)
    {
        var refunded = CancellationRefund.None(order.Currency);
        try
        {
            foreach (var refund in (await refunds.ForOrderAsync(order.OrderId, cancellationToken)).Where(r => r.Status == RefundStatus.Pending))
            {
                var done = await desk.CompleteAsync(refund, cancellationToken);
                refunded = done.Status == RefundStatus.Succeeded ? refunded with { Refunded = refunded.Refunded + done.Amount }
                    : done.Status == RefundStatus.Pending ? refunded with { Pending = refunded.Pending + done.Amount }
                    : refunded;
            }
        }
#pragma warning disable CA1031 // The order is cancelled either way; a refund left PENDING is the sweep's.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Order {OrderId} is cancelled; its refund is left PENDING for the sweep", order.OrderId);
            return refunded;
        }
        var total = refunded.Refunded + refunded.Pending;
        // Cash still due when the order was cancelled was never paid: the shopper is told, with nothing to refund.
        if (total > 0 || (order.PaymentId is { } paymentId && await payments.FindAsync(paymentId, cancellationToken) is { Status: PaymentStatus.Voided }))
        {
            await notifications.SendOrderCancelledAsync(new OrderCancelledEmail(order.UserEmail, order.UserId, order.OrderId, total, order.Currency,
                order.Lines.Select(l => new EmailLine(l.Name, l.Qty, l.Price)).ToList()), cancellationToken);
        }
        return refunded;
    }

    /// <summary>Issues the invoice the delivery recorded as due; for an order invoiced at payment, or
    /// none at all, this reads one item and finds nothing to do.</summary>
    public async Task DeliveredAsync(OrderSummary order, CancellationToken cancellationToken) =>
        await invoices.IssueAsync(order.OrderId, cancellationToken);
}
