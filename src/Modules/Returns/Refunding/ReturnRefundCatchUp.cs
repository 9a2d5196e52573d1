using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Persistence;

namespace CloudRetail.Returns.Refunding;

/// <summary>The sweep's step for returns: a return left RECEIVED past <see cref="ReturnsOptions.RefundGrace"/>
/// (its refund was PENDING with the provider, or the receive stopped before asking) asks for its refund
/// again, under the same id, and becomes REFUNDED when it succeeded. At most <see cref="MaxPerRun"/> a run.</summary>
internal sealed class ReturnRefundCatchUp(ReturnsTable returns, ReturnDesk desk, TimeProvider clock) : ISweepStep
{
    public const int MaxPerRun = 50;

    /// <summary>Who the refund names when the sweep is the one asking for it.</summary>
    public const string Actor = "sweep";

    public string Name => "Returns";

    public async Task<SweepStepReport> RunAsync(CancellationToken cancellationToken)
    {
        int done = 0, left = 0;
        var cutoff = clock.GetUtcNow() - ReturnsOptions.RefundGrace;
        await foreach (var received in returns.InStatusBeforeAsync(ReturnStatus.Received, cutoff, cancellationToken).Take(MaxPerRun).WithCancellation(cancellationToken))
        {
            if ((await desk.RefundAsync(received, Actor, cancellationToken)).Return.Status == ReturnStatus.Refunded)
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
}
