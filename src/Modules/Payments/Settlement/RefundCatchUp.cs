using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;

namespace CloudRetail.Payments.Settlement;

/// <summary>The sweep's step for refunds: finishes every refund left PENDING longer than its own request
/// takes (it crashed, or the provider did not answer, between recording the refund and settling it), by
/// asking the provider again under the refund's id. At most <see cref="MaxPerRun"/> a run.</summary>
internal sealed class RefundCatchUp(RefundsTable refunds, RefundDesk desk, PaymentsOptions options, TimeProvider clock) : ISweepStep
{
    public const int MaxPerRun = 50;

    public string Name => "Refunds";

    public async Task<SweepStepReport> RunAsync(CancellationToken cancellationToken)
    {
        int done = 0, left = 0;
        await foreach (var refund in refunds.PendingBeforeAsync(clock.GetUtcNow() - options.RefundPendingAfter, cancellationToken).Take(MaxPerRun).WithCancellation(cancellationToken))
        {
            if ((await desk.CompleteAsync(refund, cancellationToken, bySweep: true)).Status == RefundStatus.Pending)
            {
                left++;
            }
            else
            {
                done++;
            }
        }
        return new SweepStepReport(done, left);
    }
}
