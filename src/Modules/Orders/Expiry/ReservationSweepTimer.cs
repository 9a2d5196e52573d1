using CloudRetail.BuildingBlocks.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Orders.Expiry;

/// <summary>Runs the sweep every <see cref="OrdersOptions.SweepSecondsKey"/> seconds in a long-lived
/// host (locally); in AWS the scheduled rule calls the function instead.</summary>
internal sealed class ReservationSweepTimer(ReservationSweep sweep, OrdersOptions options, TimeProvider clock, ILogger<ReservationSweepTimer> logger)
    : PeriodicJob(options.SweepInterval, clock, logger)
{
    protected override string Name => "Reservation sweep";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
