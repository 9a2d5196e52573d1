using CloudRetail.Orders;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Providers;

/// <summary>Who takes the money. A card provider would plug in here; the shop ships the seed's mock.</summary>
internal interface IPaymentProvider
{
    string Name { get; }

    /// <summary>SUCCESS or FAILED for the order's total.</summary>
    Task<string> ChargeAsync(OrderSummary order, string requestedOutcome, CancellationToken cancellationToken);
}

/// <summary>The seed's MOCK provider (cash on delivery): the shopper's client says how it went.</summary>
internal sealed class MockPaymentProvider : IPaymentProvider
{
    public string Name => "MOCK";

    public Task<string> ChargeAsync(OrderSummary order, string requestedOutcome, CancellationToken cancellationToken) =>
        Task.FromResult(requestedOutcome == PaymentStatus.Success ? PaymentStatus.Success : PaymentStatus.Failed);
}
