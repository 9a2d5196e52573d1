using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>Counts the charges one host's payment provider reports (its cloudretail.payments.charges
/// counter) while the counter is alive. Only that host's meters are heard, whatever else runs.</summary>
public sealed class ChargeCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _charges;
    private long _voids;

    public ChargeCounter(IServiceProvider host)
    {
        var scope = host.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == scope && instrument.Meter.Name == "CloudRetail.Payments")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "cloudretail.payments.charges")
            {
                Interlocked.Add(ref _charges, value);
            }
            else if (instrument.Name == "cloudretail.payments.voids")
            {
                Interlocked.Add(ref _voids, value);
            }
        });
        _listener.Start();
    }

    public long Charges => Interlocked.Read(ref _charges);

    public long Voids => Interlocked.Read(ref _voids);

    public void Dispose() => _listener.Dispose();
}
