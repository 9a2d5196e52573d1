using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>MOCK's books: one entry per idempotency key, in process memory and gone on restart. MOCK is a
/// development tool whose client says how a payment went; the card simulator, which plays a real
/// processor, keeps its books in DynamoDB (<see cref="Persistence.CardSimulatorTable"/>).</summary>
internal sealed class MockLedger
{
    private readonly Dictionary<string, ProviderOutcome> _charges = [];
    private readonly HashSet<string> _voided = [];
    private readonly Dictionary<string, RefundOutcome> _refunds = [];
    private readonly Lock _lock = new();

    /// <summary>Records a charge once per key: a repeat answers the first outcome, and a key already
    /// voided is declined. <c>New</c> is true only for the call that recorded it.</summary>
    public (ProviderOutcome Outcome, bool New) Charge(string paymentId, ProviderOutcome outcome)
    {
        lock (_lock)
        {
            if (_voided.Contains(paymentId))
            {
                return (ProviderOutcome.Declined, false);
            }
            var isNew = _charges.TryAdd(paymentId, outcome);
            return (_charges[paymentId], isNew);
        }
    }

    public ProviderOutcome? Find(string paymentId)
    {
        lock (_lock)
        {
            return _voided.Contains(paymentId) ? ProviderOutcome.Declined : _charges.TryGetValue(paymentId, out var outcome) ? outcome : null;
        }
    }

    /// <summary>Voids the key; true when this gave captured money back.</summary>
    public bool Void(string paymentId)
    {
        lock (_lock)
        {
            return _voided.Add(paymentId) && _charges.GetValueOrDefault(paymentId, ProviderOutcome.Declined) == ProviderOutcome.Succeeded;
        }
    }

    /// <summary>Records a refund once per refund id: it succeeds when the payment's charge succeeded and
    /// was not voided. The shop, not the processor, keeps refunds within what was charged.</summary>
    public (RefundOutcome Outcome, bool New) Refund(string refundId, string paymentId)
    {
        lock (_lock)
        {
            if (_refunds.TryGetValue(refundId, out var earlier))
            {
                return (earlier, false);
            }
            var outcome = !_voided.Contains(paymentId) && _charges.GetValueOrDefault(paymentId, ProviderOutcome.Declined) == ProviderOutcome.Succeeded
                ? RefundOutcome.Succeeded
                : RefundOutcome.Refused;
            _refunds[refundId] = outcome;
            return (outcome, true);
        }
    }
}
