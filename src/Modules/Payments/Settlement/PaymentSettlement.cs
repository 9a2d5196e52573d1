using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;

namespace CloudRetail.Payments.Settlement;

internal enum SettlementResult
{
    /// <summary>This call recorded the outcome: the payment, the order and its stock moved together.</summary>
    Settled,
    /// <summary>Someone else (the webhook, the sweep) settled the attempt first; theirs stands.</summary>
    AlreadySettled,
    /// <summary>The order could not take the charge; the provider voided it and the attempt says so.</summary>
    Voided,
    /// <summary>The webhook event was applied before.</summary>
    ReplayedEvent,
    /// <summary>Nothing moved: a condition of the order or its stock refused the outcome while the attempt
    /// is still PROCESSING (<see cref="Settlement.Cause"/> says which); a later try may succeed.</summary>
    Refused,
}

/// <param name="Cause">For <see cref="SettlementResult.Refused"/>: the refused conditions, in their modules' words.</param>
internal sealed record Settlement(SettlementResult Result, Payment Payment, NotificationReceipt? Email, string? Cause = null);

/// <summary>Records a provider's outcome for a PROCESSING attempt: one transaction moves the attempt,
/// the order (PAYING → CONFIRMED or CANCELLED) and its stock, so there is no charge without a record;
/// money received also records the invoice as due there, so no paid order lacks one. Both moves are
/// entries of the order's history, by <c>actor</c>: the provider that answered, or the sweep that asked it.
/// The invoice is issued and the e-mail sent after the commit; neither ever undoes a payment.</summary>
internal sealed class PaymentSettlement(
    PaymentsTable payments, IOrders orders, IOrderHistory history, PaymentProviders providers, INotifications notifications, IInvoices invoices,
    Transactions transactions, TimeProvider clock)
{
    public async Task<Settlement> SettleAsync(
        Payment attempt, OrderSummary order, ProviderOutcome outcome, string? webhookEventId, OrderActor actor, CancellationToken cancellationToken)
    {
        var status = outcome.SettledStatus();
        var transaction = transactions.BeginWrite();
        payments.Move(transaction, attempt.PaymentId, PaymentStatus.Processing, status, clock.GetUtcNow());
        history.Record(transaction, order.OrderId, PaymentHistory.Moved(attempt, PaymentStatus.Processing, status, actor));
        if (outcome.ConfirmsOrder())
        {
            orders.ConfirmPayment(transaction, order, attempt.PaymentId, actor);
        }
        else
        {
            orders.CancelForFailedPayment(transaction, order, attempt.PaymentId, actor);
        }
        // Cash on delivery is invoiced when it is collected (OrderPayments.AddDeliveryAsync).
        var paid = status == PaymentStatus.Success;
        if (paid)
        {
            invoices.RecordDue(transaction, InvoiceDrafts.From(order));
        }
        if (webhookEventId is not null)
        {
            payments.TakeEvent(transaction, webhookEventId, clock.GetUtcNow());
        }
        var committed = await transaction.CommitAsync(cancellationToken);
        if (committed.IsCommitted)
        {
            var settled = attempt with { Status = status };
            if (paid)
            {
                await invoices.IssueAsync(order.OrderId, cancellationToken);
            }
            return new Settlement(SettlementResult.Settled, settled, await EmailAsync(settled, order, paid, cancellationToken));
        }
        if (committed.Failed<EventAlreadyApplied>())
        {
            return new Settlement(SettlementResult.ReplayedEvent, attempt, null);
        }
        var current = await payments.FindAsync(attempt.PaymentId, cancellationToken) ?? attempt;
        if (current.Status != PaymentStatus.Processing)
        {
            return new Settlement(SettlementResult.AlreadySettled, current, null);
        }
        if (!outcome.ConfirmsOrder())
        {
            // A decline the order would not take (its reservation moved under it): the attempt stays
            // PROCESSING, so it is not settled, and the sweep tries again.
            return new Settlement(SettlementResult.Refused, current, null, string.Join(", ", committed.Failures));
        }
        // Charged, but the order would not take it (its stock moved under it): give the money back
        // and say so. The order stays PAYING until the sweep cancels it.
        await providers.For(attempt.Provider).VoidAsync(attempt.PaymentId, cancellationToken);
        var voided = transactions.BeginWrite();
        payments.Move(voided, attempt.PaymentId, PaymentStatus.Processing, PaymentStatus.Voided, clock.GetUtcNow());
        history.Record(voided, order.OrderId, PaymentHistory.Moved(attempt, PaymentStatus.Processing, PaymentStatus.Voided, actor, "the order could not take the charge"));
        await voided.CommitAsync(cancellationToken);
        return new Settlement(SettlementResult.Voided, attempt with { Status = PaymentStatus.Voided }, null);
    }

    /// <summary>A paid order's confirmation links to its invoice; cash on delivery's is issued at the door.</summary>
    private Task<NotificationReceipt> EmailAsync(Payment payment, OrderSummary order, bool invoiced, CancellationToken cancellationToken) =>
        payment.Status.Confirms()
            ? notifications.SendOrderConfirmedAsync(OrderEmails.Confirmed(order, invoiced), cancellationToken)
            : notifications.SendPaymentFailedAsync(OrderEmails.PaymentFailed(order), cancellationToken);
}
