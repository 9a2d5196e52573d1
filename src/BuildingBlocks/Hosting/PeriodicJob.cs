using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CloudRetail.BuildingBlocks.Hosting;

/// <summary>Work a long-lived host does on a timer (locally; in AWS a scheduled rule calls the function
/// instead, since a Lambda does not run between requests). A failed run is logged and the next tick
/// tries again.</summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract string Name { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Job} failed; it runs again on the next tick", Name);
            }
        }
    }
}
