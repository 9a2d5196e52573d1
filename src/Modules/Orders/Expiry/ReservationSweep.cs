using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Orders.Expiry;

/// <param name="Cancelled">Unpaid orders cancelled and their stock put back on sale.</param>
/// <param name="Settled">Orders left PAYING whose payment was settled.</param>
/// <param name="Unsettled">Orders the sweep could not settle this time; each is logged.</param>
internal sealed record SweepReport(int Cancelled, int Settled, int Unsettled);

/// <summary>Cancels PENDING orders older than the reservation lifetime and puts their stock back on
/// sale, and settles orders left PAYING that long. It pages through every such order, and one it
/// cannot settle is logged and counted, never stops the rest. Each order is its own transaction,
/// conditional on its status, so an order paid at the last moment stays paid. Then it runs the
/// catch-up steps other modules give it (<see cref="ISweepStep"/>: invoices to issue again).</summary>
internal sealed class ReservationSweep(
    OrdersTable orders, OrderMoves moves, IOrderPayments payments, Transactions transactions, OrdersOptions options,
    IEnumerable<ISweepStep> steps, TimeProvider clock, ILogger<ReservationSweep> logger)
{
    public async Task<SweepReport> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.ReservationLifetime;
        int cancelled = 0, settled = 0, unsettled = 0;
        await foreach (var order in orders.PlacedBeforeAsync(OrderStatus.Pending, cutoff, cancellationToken))
        {
            switch (await TryAsync(order, CancelAsync, cancellationToken))
            {
                case true: cancelled++; break;
                case null: unsettled++; break;
            }
        }
        await foreach (var order in orders.PlacedBeforeAsync(OrderStatus.Paying, cutoff, cancellationToken))
        {
            switch (await TryAsync(order, SettlePaymentAsync, cancellationToken))
            {
                case true: settled++; break;
                case null: unsettled++; break;
            }
        }
        var report = new SweepReport(cancelled, settled, unsettled);
        ShopMetrics.SweepLeftUnsettled(unsettled);
        if (report != new SweepReport(0, 0, 0))
        {
            logger.LogInformation("Reservation sweep: {Cancelled} cancelled, {Settled} payments settled, {Unsettled} left for the next run",
                cancelled, settled, unsettled);
        }
        foreach (var step in steps)
        {
            await RunStepAsync(step, cancellationToken);
        }
        return report;
    }

    private async Task RunStepAsync(ISweepStep step, CancellationToken cancellationToken)
    {
        try
        {
            var done = await step.RunAsync(cancellationToken);
            if (done != new SweepStepReport(0, 0))
            {
                logger.LogInformation("Sweep step {Step}: {Done} done, {Left} left for the next run", step.Name, done.Done, done.Left);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Sweep step {Step} failed; the next run tries again", step.Name);
        }
    }

    private async Task<bool> CancelAsync(Order order, CancellationToken cancellationToken)
    {
        var transaction = transactions.BeginWrite();
        moves.Add(transaction, order, OrderTransitions.Cancel, new OrderChange(CancelReason: CancelReasons.ReservationExpired), OrderActor.Sweep);
        // Refused: paid or cancelled meanwhile, which is not a failure of the sweep.
        return (await transaction.CommitAsync(cancellationToken)).IsCommitted;
    }

    private async Task<bool> SettlePaymentAsync(Order order, CancellationToken cancellationToken) =>
        await payments.SettleStalledAsync(order.ToSummary(), cancellationToken) switch
        {
            StalledPaymentOutcome.Settled => true,
            StalledPaymentOutcome.StillRunning => false,
            _ => throw new InvalidOperationException("the payment could not be settled"),
        };

    /// <summary>True when the order was moved, false when it needed nothing, null when it failed.</summary>
    private async Task<bool?> TryAsync(Order order, Func<Order, CancellationToken, Task<bool>> settle, CancellationToken cancellationToken)
    {
        try
        {
            return await settle(order, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Reservation sweep could not settle order {OrderId} ({Status}); the next run tries again", order.OrderId, order.Status.Name());
            return null;
        }
    }
}
