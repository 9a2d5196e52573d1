using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Endpoints;

/// <summary>One refund as staff and the order's owner see it.</summary>
internal sealed record RefundView(
    string RefundId, string OrderId, string PaymentId, decimal Amount, string Currency, string Reason, IReadOnlyList<RefundedLine> Lines,
    PaymentProviderKind Provider, RefundStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt)
{
    public static RefundView From(Refund refund) => new(refund.RefundId, refund.OrderId, refund.PaymentId, refund.Amount, refund.Currency, refund.Reason,
        refund.Lines, refund.Provider, refund.Status, refund.CreatedAt, refund.UpdatedAt);
}

/// <summary>An order's payments and refunds, oldest first.</summary>
internal sealed record OrderPaymentsView(string OrderId, IReadOnlyList<Payment> Payments, IReadOnlyList<RefundView> Refunds);
