using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>Every provider by kind, so that money goes back through the provider that took it, whichever
/// one PAYMENT_PROVIDER names now. Only the configured one takes new payments (<see cref="IPaymentProvider"/>).</summary>
internal sealed class PaymentProviders(MockProvider mock, CashOnDelivery cash, CardSimulator card)
{
    public IPaymentProvider For(PaymentProviderKind kind) => kind switch
    {
        PaymentProviderKind.Mock => mock,
        PaymentProviderKind.Cod => cash,
        PaymentProviderKind.CardSimulator => card,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
