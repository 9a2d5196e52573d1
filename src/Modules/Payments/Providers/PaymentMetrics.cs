using System.Diagnostics.Metrics;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>Counts what providers did: charges and refunds by outcome, and voids. Operators watch these; tests
/// count charges with them.</summary>
internal sealed class PaymentMetrics
{
    public const string MeterName = "CloudRetail.Payments";
    public const string ChargesName = "cloudretail.payments.charges";
    public const string VoidsName = "cloudretail.payments.voids";
    public const string RefundsName = "cloudretail.payments.refunds";

    private readonly Counter<long> _charges;
    private readonly Counter<long> _voids;
    private readonly Counter<long> _refunds;

    public PaymentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _charges = meter.CreateCounter<long>(ChargesName, description: "Charges a payment provider made, by outcome");
        _voids = meter.CreateCounter<long>(VoidsName, description: "Charges voided because the order could not take them");
        _refunds = meter.CreateCounter<long>(RefundsName, description: "Refunds a payment provider was asked for, by outcome");
    }

    public void Charged(PaymentProviderKind provider, ProviderOutcome outcome) =>
        _charges.Add(1, new("provider", provider.ToString()), new("outcome", outcome.ToString()));

    public void Voided(PaymentProviderKind provider) => _voids.Add(1, new KeyValuePair<string, object?>("provider", provider.ToString()));

    public void Refunded(PaymentProviderKind provider, RefundOutcome outcome) =>
        _refunds.Add(1, new("provider", provider.ToString()), new("outcome", outcome.ToString()));
}
