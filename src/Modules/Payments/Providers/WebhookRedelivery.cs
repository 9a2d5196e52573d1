using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;

namespace CloudRetail.Payments.Providers;

/// <summary>The sweep's step for the card simulator's webhooks: sends again each one still owed and
/// due by <see cref="WebhookSchedule"/>, unless what it tells is settled already (the payment is no
/// longer PROCESSING, the refund no longer PENDING), which ends it. At most <see cref="MaxPerRun"/> a run.
/// Nothing to do on a shop that does not run the simulator (it has no secret to sign with).</summary>
internal sealed class WebhookRedelivery(
    CardSimulatorTable books, WebhookSender sender, PaymentsTable payments, RefundsTable refunds, PaymentsOptions options, TimeProvider clock) : ISweepStep
{
    public const int MaxPerRun = 50;

    public string Name => "Card webhooks";

    public async Task<SweepStepReport> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Provider != PaymentProviderKind.CardSimulator)
        {
            return new SweepStepReport(0, 0);
        }
        int done = 0, left = 0;
        await foreach (var owed in books.OwedByAsync(clock.GetUtcNow(), cancellationToken).Take(MaxPerRun).WithCancellation(cancellationToken))
        {
            if (!await StillAwaitedAsync(owed, cancellationToken))
            {
                await books.NoLongerOwedAsync(owed.EntryKey, clock.GetUtcNow(), cancellationToken);
                done++;
            }
            else if (await sender.ResendAsync(owed, cancellationToken))
            {
                done++;
            }
            else
            {
                left++;
            }
        }
        return new SweepStepReport(done, left);
    }

    private async Task<bool> StillAwaitedAsync(OwedWebhook owed, CancellationToken cancellationToken)
    {
        var payment = await payments.FindAsync(owed.Event.PaymentId, cancellationToken);
        return owed.Event.RefundId is { } refundId
            ? payment is not null && await refunds.FindAsync(payment.OrderId, refundId, cancellationToken) is { Status: RefundStatus.Pending }
            : payment is { Status: PaymentStatus.Processing };
    }
}
