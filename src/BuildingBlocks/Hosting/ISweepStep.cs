namespace CloudRetail.BuildingBlocks.Hosting;

/// <summary>Catch-up work a module gives the shop's scheduled sweep (every 5 minutes in AWS, on the
/// host's timer locally), which runs each step after releasing expired reservations. A step that
/// throws is logged and never stops the sweep or the next step.</summary>
public interface ISweepStep
{
    string Name { get; }

    Task<SweepStepReport> RunAsync(CancellationToken cancellationToken);
}

/// <param name="Done">Items the step finished.</param>
/// <param name="Left">Items it tried and must try again on the next run.</param>
public sealed record SweepStepReport(int Done, int Left);
