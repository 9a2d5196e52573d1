using System.Diagnostics;
using System.Diagnostics.Metrics;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CloudRetail.BuildingBlocks.Observability;

/// <summary>A use case counted and timed by outcome: <c>completed</c> (2xx), <c>refused</c> (4xx), <c>failed</c> (5xx or thrown);
/// the count also by HTTP status, which says why a refused one was refused (409 stock or price, 429 a limit, 400 the request).</summary>
public sealed class MeasuredOperation
{
    private readonly Counter<long> _count;
    private readonly Histogram<double> _duration;

    internal MeasuredOperation(Meter meter, string singular, string plural)
    {
        _count = meter.CreateCounter<long>($"cloudretail.{plural}", $"{{{singular}}}", $"{plural} handled, by outcome");
        _duration = meter.CreateHistogram<double>($"cloudretail.{singular}.duration", "s", $"Time to handle a {singular}, by outcome");
    }

    public void Record(int statusCode, TimeSpan elapsed)
    {
        var outcome = new KeyValuePair<string, object?>(ShopMetricNames.Outcome, statusCode switch
        {
            < 400 => ShopMetricNames.Completed,
            < 500 => ShopMetricNames.Refused,
            _ => ShopMetricNames.Failed,
        });
        _count.Add(1, outcome, new KeyValuePair<string, object?>(ShopMetricNames.Status, statusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _duration.Record(elapsed.TotalSeconds, outcome);
    }

    /// <summary>Measures the handler, and the filters added after this one.</summary>
    internal async ValueTask<object?> MeasureAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await next(context);
            Record(ResultStatus.Of(result), Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch
        {
            Record(StatusCodes.Status500InternalServerError, Stopwatch.GetElapsedTime(started));
            throw;
        }
    }
}

public static class MeasuredOperationExtensions
{
    /// <summary>Counts and times this endpoint as <paramref name="operation"/>. Add it after
    /// WithIdempotency so that a replayed answer is not counted a second time.</summary>
    public static RouteHandlerBuilder MeasuredAs(this RouteHandlerBuilder builder, MeasuredOperation operation) =>
        builder.AddEndpointFilter(operation.MeasureAsync);
}
