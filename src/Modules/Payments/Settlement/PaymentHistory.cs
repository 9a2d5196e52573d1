using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Settlement;

/// <summary>The entries Payments adds to an order's history (<see cref="IOrderHistory"/>), each in the
/// transaction of the move it records: a payment started, settled, collected or voided; a refund
/// requested, succeeded or failed.</summary>
internal static class PaymentHistory
{
    /// <summary>The payment moved from <paramref name="from"/> (null: it began) to <paramref name="to"/>.</summary>
    public static OrderEvent Moved(Payment payment, PaymentStatus? from, PaymentStatus to, OrderActor actor, string? reason = null) =>
        new(OrderEventSubject.Payment, from?.Name(), to.Name(), actor, reason, payment.Amount, payment.PaymentId);

    /// <summary>The refund moved from <paramref name="from"/> (null: it was requested) to <paramref name="to"/>.</summary>
    public static OrderEvent Refunded(Refund refund, RefundStatus? from, RefundStatus to, OrderActor actor) =>
        new(OrderEventSubject.Refund, from?.Name(), to.Name(), actor, refund.Reason, refund.Amount, refund.RefundId);

    /// <summary>The provider's answer, named as the order's payment names it.</summary>
    public static OrderActor Answered(PaymentProviderKind provider) => OrderActor.Provider(provider.Name());
}
