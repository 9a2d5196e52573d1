using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders;
using CloudRetail.Payments;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Returns;

/// <summary>The returns' use cases over the module's table, the order (read through <see cref="IOrders"/>)
/// and the refund (through <see cref="IReturnRefunds"/>).</summary>
internal sealed class ReturnDesk(
    ReturnsTable returns, ReturnMoves moves, IOrders orders, IReturnRefunds refunds, Transactions transactions, ReturnsOptions options,
    TimeProvider clock, Audit.IAuditTrail audit, ILogger<ReturnDesk> logger)
{
    /// <summary>Tries at recording a request while other requests of the same order touch its counts.</summary>
    private const int Attempts = 5;

    /// <summary>The shopper asks to send back units of their delivered order.</summary>
    public async Task<(Return? Return, ReturnRefusal? Refusal)> RequestAsync(
        string orderId, string userId, IReadOnlyList<ReturnLine> lines, string reason, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(orderId, cancellationToken) is not { } order || order.UserId != userId)
        {
            return (null, ReturnRefusal.OrderNotFound);
        }
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var returned = await returns.ReturnedUnitsAsync(orderId, cancellationToken);
            if (ReturnRules.Check(order, lines, returned, clock.GetUtcNow(), options.Window) is { } refusal)
            {
                return (null, refusal);
            }
            var request = Return.Request(order, lines, reason, clock.GetUtcNow());
            var transaction = transactions.BeginWrite();
            returns.Add(transaction, request, order.Lines.ToDictionary(l => l.ProductId, l => l.Qty, StringComparer.Ordinal));
            moves.Requested(transaction, request);
            if (await CommitAsync(transaction, cancellationToken))
            {
                return (request, null);
            }
            // Refused: read the counts again; the rules then say which line is used up.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
        }
        return (null, new ReturnRefusal(ReturnRefusalKind.Conflict, "Other returns of this order kept changing it; try again"));
    }

    /// <summary>Staff move a return along its life in one transaction, with its audit entry; refused when it
    /// is not where the move starts.</summary>
    public async Task<(Return? Return, ReturnRefusal? Refusal)> MoveAsync(
        string returnId, ReturnTransition transition, Func<Return, (ReturnChange? Change, ReturnRefusal? Refusal)> change, Audit.AuditAdmin staff,
        CancellationToken cancellationToken)
    {
        if (await returns.FindAsync(returnId, cancellationToken) is not { } r)
        {
            return (null, ReturnRefusal.NotFound);
        }
        if (!transition.AllowedFor(r))
        {
            return (null, ReturnRefusal.NotAllowed(r, transition.To));
        }
        var (changes, refusal) = change(r);
        if (refusal is not null)
        {
            return (null, refusal);
        }
        var transaction = transactions.BeginWrite();
        moves.Add(transaction, r, transition, changes!, OrderActor.Admin(staff.Id));
        audit.Record(transaction, ReturnAudit.Entry(r, transition, changes!, staff));
        if (!await CommitAsync(transaction, cancellationToken))
        {
            return (null, ReturnRefusal.ChangedMeanwhile);
        }
        return (await returns.FindAsync(returnId, cancellationToken), null);
    }

    /// <summary>Refunds what a RECEIVED return covers and, once the refund succeeded, moves it to REFUNDED.
    /// Asking again (the sweep) is the same refund: its id comes from the return's. Never throws for the provider.</summary>
    public async Task<(Return Return, ReturnRefund Refund)> RefundAsync(Return r, string staffId, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(r.OrderId, cancellationToken) is not { } order)
        {
            return (r, new ReturnRefund(ReturnRefundStatus.Refused, 0m, r.Currency, null, "Order not found"));
        }
        var refund = await refunds.RefundReturnAsync(order, r.ReturnId, r.Lines.Select(l => l.Stock()).ToList(), $"Return {r.ReturnId}: {r.Reason}",
            staffId, cancellationToken);
        if (refund.Status != ReturnRefundStatus.Succeeded)
        {
            logger.LogWarning("Return {ReturnId} is received; its refund is {Status} ({Problem})", r.ReturnId, refund.Status, refund.Problem);
            return (r, refund);
        }
        var transaction = transactions.BeginWrite();
        moves.Add(transaction, r, ReturnTransitions.Refund, new ReturnChange(RefundId: refund.RefundId, RefundAmount: refund.Amount),
            staffId == Refunding.ReturnRefundCatchUp.Actor ? OrderActor.Sweep : OrderActor.Admin(staffId));
        await CommitAsync(transaction, cancellationToken);
        // Refunded meanwhile (the sweep, or this request): either way it is refunded now.
        return (await returns.FindAsync(r.ReturnId, cancellationToken) ?? r, refund);
    }

    /// <summary>False when a condition was refused or other transactions on the same items kept conflicting.</summary>
    private static async Task<bool> CommitAsync(WriteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            return (await transaction.CommitAsync(cancellationToken)).IsCommitted;
        }
        catch (Exception e) when (e is TransactionCanceledException or TransactionConflictException)
        {
            return false;
        }
    }
}
