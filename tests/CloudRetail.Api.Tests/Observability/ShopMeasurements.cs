using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>Every measurement of the shop's meter while it is open, as a collector would receive them.</summary>
public sealed class ShopMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, string?> Tags)> _measurements = new();

    public ShopMeasurements()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "CloudRetail")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>How many measurements <paramref name="instrument"/> took with all of <paramref name="tags"/> ("key=value").</summary>
    public int Count(string instrument, params string[] tags) =>
        _measurements.Count(m => m.Instrument == instrument && tags.All(t => m.Tags.GetValueOrDefault(t.Split('=')[0]) == t.Split('=')[1]));

    public double Sum(string instrument, params string[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.GetValueOrDefault(t.Split('=')[0]) == t.Split('=')[1])).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var named = new Dictionary<string, string?>();
        foreach (var (key, tag) in tags)
        {
            named[key] = tag?.ToString();
        }
        _measurements.Enqueue((instrument.Name, value, named));
    }
}
