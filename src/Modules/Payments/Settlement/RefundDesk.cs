using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;
using CloudRetail.Payments.Providers;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Payments.Settlement;

/// <summary>
/// Gives money back, in two steps around the provider's call. First one transaction records the refund
/// PENDING and counts it against its payment, on the write's own condition that refunded stays ≤
/// collected (so two refunds racing cannot both pass). Then the provider that took the payment is asked
/// under the refund's id, and a second transaction settles the refund: SUCCEEDED, or FAILED with its
/// amount given back to the payment. A crash between leaves the refund PENDING: the sweep
/// (<see cref="RefundCatchUp"/>) asks the provider again under the same id, which moves no money twice.
/// </summary>
internal sealed class RefundDesk(
    PaymentsTable payments, RefundsTable refunds, IOrderHistory history, PaymentProviders providers, IOrders orders, IInvoices invoices, Transactions transactions, TimeProvider clock,
    ILogger<RefundDesk> logger, Analytics.IShopStats stats, Audit.IAuditTrail audit)
{
    /// <summary>Tries at counting a refund while other refunds of the same payment keep moving it (a line's
    /// count changed, or DynamoDB cancelled the transaction for touching the payment at the same moment).</summary>
    private const int Attempts = 10;

    /// <summary>Plans, records and completes a refund of the order's payment; the refusal says why not.
    /// With <paramref name="refundId"/> (one derived from what it refunds, a return) the refund is made once
    /// under that id: a refund already recorded under it is the answer, finished with the provider if still PENDING.
    /// Asked by an admin (<paramref name="audited"/>), the refund's first transaction also records it in the audit trail.</summary>
    public async Task<(Refund? Refund, RefundRefusal? Refusal)> RefundAsync(
        OrderSummary order, RefundAsk ask, CancellationToken cancellationToken, string? refundId = null, Audit.AuditAdmin? audited = null)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (refundId is not null && await refunds.FindAsync(order.OrderId, refundId, cancellationToken) is { } made)
            {
                return (made.Status == RefundStatus.Pending ? await CompleteAsync(made, CancellationToken.None) : made, null);
            }
            if (order.PaymentId is null || await payments.FindAsync(order.PaymentId, cancellationToken) is not { } payment)
            {
                return (null, new RefundRefusal(RefundRefusalKind.NotPaid, "This order is not paid; there is nothing to refund"));
            }
            var (plan, refusal) = RefundPlanner.Plan(order, payment, ask);
            if (plan is null)
            {
                return (null, refusal);
            }
            var refund = Refund.Start(payment, plan.Amount, ask.Reason, plan.Lines, ask.RequestedBy, clock.GetUtcNow());
            refund = refundId is null ? refund : refund with { RefundId = refundId };
            var transaction = transactions.BeginWrite();
            Record(transaction, payment, refund);
            if (audited is not null)
            {
                audit.Record(transaction, RefundAudit(payment, refund, audited));
            }
            if (await CommitAsync(transaction, cancellationToken))
            {
                return (await CompleteAsync(refund, CancellationToken.None), null);
            }
            // Refused: read the payment again; the plan then says why (more than is left), or, when only a
            // line's count moved, is computed again from the new count.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
        }
        return (null, new RefundRefusal(RefundRefusalKind.MoreThanCollected, "Other refunds of this order kept changing it; try again"));
    }

    /// <summary>An admin's refund as an audit entry on the order: what the payment had refunded before and after.</summary>
    private static Audit.AuditEntry RefundAudit(Payment payment, Refund refund, Audit.AuditAdmin admin) => new(
        Audit.AuditAction.RefundIssued, Audit.AuditSubject.Order(refund.OrderId), admin,
        new Dictionary<string, string> { ["refunded"] = Audit.AuditValues.Of(payment.Refunded), ["currency"] = payment.Currency },
        new Dictionary<string, string>
        {
            ["refunded"] = Audit.AuditValues.Of(payment.Refunded + refund.Amount),
            ["currency"] = payment.Currency,
            ["refundId"] = refund.RefundId,
            ["amount"] = Audit.AuditValues.Of(refund.Amount),
        },
        refund.Reason);

    /// <summary>False when a condition was refused or other transactions on the payment kept conflicting;
    /// nothing was written then.</summary>
    private static async Task<bool> CommitAsync(WriteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            return (await transaction.CommitAsync(cancellationToken)).IsCommitted;
        }
        catch (Exception e) when (e is Amazon.DynamoDBv2.Model.TransactionCanceledException or Amazon.DynamoDBv2.Model.TransactionConflictException)
        {
            return false;
        }
    }

    /// <summary>Adds a PENDING refund, its count against the payment and its entry in the order's history
    /// (requested by the admin who asked) to the caller's transaction.</summary>
    public void Record(WriteTransaction transaction, Payment payment, Refund refund)
    {
        refunds.Add(transaction, refund);
        payments.CountRefund(transaction, payment, refund);
        history.Record(transaction, refund.OrderId, PaymentHistory.Refunded(refund, null, RefundStatus.Pending, OrderActor.Admin(refund.RequestedBy)));
    }

    /// <summary>Asks the provider that took the payment for a PENDING refund and records its answer, in the
    /// order's history as the provider's (or, <paramref name="bySweep"/>, the sweep's that asked again). When
    /// the provider cannot be reached, or will answer by webhook, the refund stays PENDING (the webhook or
    /// the sweep settles it); never throws for that.</summary>
    public async Task<Refund> CompleteAsync(Refund refund, CancellationToken cancellationToken, bool bySweep = false)
    {
        RefundOutcome outcome;
        try
        {
            outcome = await providers.For(refund.Provider).RefundAsync(
                new RefundRequest(refund.RefundId, refund.PaymentId, refund.Amount, refund.Currency), cancellationToken);
        }
#pragma warning disable CA1031 // The refund is recorded PENDING; the sweep asks the provider again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Refund {RefundId} of {PaymentId}: the provider did not answer; the sweep asks again", refund.RefundId, refund.PaymentId);
            return refund;
        }
        return (await SettleAsync(refund, outcome, null, cancellationToken, bySweep)).Refund;
    }

    /// <summary>
    /// The second transaction: the provider's answer moves the refund from PENDING (a refused one gives
    /// its amount back to the payment), a succeeded one is owed its credit note, and a webhook's event id
    /// is taken, all at once; the credit note is issued after the commit and never undoes the refund.
    /// </summary>
    public async Task<(Refund Refund, RefundSettlement Result)> SettleAsync(
        Refund refund, RefundOutcome outcome, string? webhookEventId, CancellationToken cancellationToken, bool bySweep = false)
    {
        if (outcome == RefundOutcome.Pending)
        {
            return (refund, RefundSettlement.StillPending);
        }
        var now = clock.GetUtcNow();
        var status = outcome == RefundOutcome.Succeeded ? RefundStatus.Succeeded : RefundStatus.Failed;
        var transaction = transactions.BeginWrite();
        refunds.Settle(transaction, refund, status, now);
        history.Record(transaction, refund.OrderId,
            PaymentHistory.Refunded(refund, RefundStatus.Pending, status, bySweep ? OrderActor.Sweep : PaymentHistory.Answered(refund.Provider)));
        if (status == RefundStatus.Failed)
        {
            payments.UncountRefund(transaction, refund, now);
        }
        var credited = status == RefundStatus.Succeeded;
        if (credited)
        {
            stats.RefundSucceeded(transaction, now, refund.Amount, refund.Currency);
            invoices.RecordCreditNoteDue(transaction, InvoiceDrafts.CreditNote(refund, await orders.FindOrderAsync(refund.OrderId, cancellationToken), now));
        }
        if (webhookEventId is not null)
        {
            payments.TakeEvent(transaction, webhookEventId, now);
        }
        var committed = await transaction.CommitAsync(cancellationToken);
        if (committed.IsCommitted)
        {
            if (credited)
            {
                await invoices.IssueCreditNoteAsync(refund.RefundId, CancellationToken.None);
            }
            return (refund with { Status = status, UpdatedAt = now }, RefundSettlement.Settled);
        }
        if (committed.Failed<EventAlreadyApplied>())
        {
            return (refund, RefundSettlement.ReplayedEvent);
        }
        // Settled meanwhile (the webhook, the sweep, or its own request): theirs stands.
        return (await refunds.FindAsync(refund.OrderId, refund.RefundId, cancellationToken) ?? refund, RefundSettlement.AlreadySettled);
    }
}

internal enum RefundSettlement
{
    /// <summary>This call recorded the provider's answer.</summary>
    Settled,
    /// <summary>Someone else settled the refund first; theirs stands.</summary>
    AlreadySettled,
    /// <summary>The webhook event was applied before.</summary>
    ReplayedEvent,
    /// <summary>The provider answers later, by webhook.</summary>
    StillPending,
}
