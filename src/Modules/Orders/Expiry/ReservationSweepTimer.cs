using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Orders.Expiry;

/// <summary>Runs the sweep on a timer in a long-lived host (locally). In AWS a scheduled rule calls
/// the function instead, since a Lambda does not run between requests.</summary>
internal sealed class ReservationSweepTimer(IServiceProvider services, OrdersOptions options, TimeProvider clock, ILogger<ReservationSweepTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await services.GetRequiredService<ReservationSweep>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reservation sweep failed; it runs again on the next tick");
            }
        }
    }
}
