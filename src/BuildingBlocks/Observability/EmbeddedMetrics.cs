using System.Buffers;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CloudRetail.BuildingBlocks.Observability;

/// <summary>
/// Publishes the shop's own counters (every meter named CloudRetail or CloudRetail.*) to CloudWatch
/// the way Lambda does it without an agent: each measurement is one line of CloudWatch Embedded Metric
/// Format on standard output, which Lambda's log stream turns into a metric. A line a measurement,
/// written as it happens, so nothing waits in a buffer when Lambda freezes the instance. On when
/// <see cref="ShopSettings.MetricsNamespace"/> is set (the stack sets it); locally, off.
/// </summary>
public sealed class EmbeddedMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly string _namespace;
    private readonly TextWriter _output;
    private readonly TimeProvider _clock;
    private readonly Lock _writing = new();

    public EmbeddedMetrics(string metricsNamespace, TextWriter output, TimeProvider clock)
    {
        (_namespace, _output, _clock) = (metricsNamespace, output, clock);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (IsShops(instrument.Meter.Name) && instrument is Counter<long> or Counter<double>)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Write(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Write(instrument, value, tags));
        _listener.Start();
    }

    public static bool IsShops(string meter) =>
        meter == ShopMetrics.MeterName || meter.StartsWith(ShopMetrics.MeterName + ".", StringComparison.Ordinal);

    private void Write(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var line = Line(_namespace, instrument.Name, instrument is Counter<long> ? "Count" : "None", value, tags, _clock.GetUtcNow());
        lock (_writing)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }

    /// <summary>
    /// One EMF object: the metric under every dimension set a query may want, the total (no
    /// dimension), each tag alone (failed e-mails whatever their type) and all tags together.
    /// </summary>
    public static string Line(string metricsNamespace, string metric, string unit, double value,
        ReadOnlySpan<KeyValuePair<string, object?>> tags, DateTimeOffset at)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var keys = new List<string>(tags.Length);
            foreach (var tag in tags)
            {
                keys.Add(tag.Key);
            }
            keys.Sort(StringComparer.Ordinal);

            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", metricsNamespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            json.WriteEndArray();
            foreach (var key in keys)
            {
                json.WriteStartArray();
                json.WriteStringValue(key);
                json.WriteEndArray();
            }
            if (keys.Count > 1)
            {
                json.WriteStartArray();
                foreach (var key in keys)
                {
                    json.WriteStringValue(key);
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            json.WriteStartObject();
            json.WriteString("Name", metric);
            json.WriteString("Unit", unit);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var tag in tags)
            {
                json.WriteString(tag.Key, Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "");
            }
            json.WriteNumber(metric, value);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public void Dispose() => _listener.Dispose();
}
