using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Endpoints;

internal sealed record OrderUpdate(string OrderId, OrderStatus Status);

internal sealed record EmailNotification(bool Attempted, bool Success, NotificationSent? Response, string? Error)
{
    public static readonly EmailNotification NotSent = new(false, false, null, null);

    public static EmailNotification From(NotificationReceipt? receipt) => receipt is null
        ? NotSent
        : new(true, receipt.Sent, receipt.Sent ? new NotificationSent("Notification sent", receipt.Type, receipt.ToEmail) : null, receipt.Error);
}

internal sealed record NotificationSent(string Message, string Type, string ToEmail);

internal sealed record InventoryRelease(bool Attempted, IReadOnlyList<ReleasedLine> Released);

internal sealed record ReleasedLine(string ProductId, int Qty);

/// <summary>The answer to a payment, in its kept shape (docs/compatibility.md).</summary>
internal sealed record PaymentProcessed(string Message, Payment Payment, OrderUpdate OrderUpdate, EmailNotification EmailNotification, InventoryRelease InventoryRelease)
{
    /// <summary>The attempt is recorded and the order PAYING; the outcome comes later.</summary>
    public static PaymentProcessed Intent(Payment payment) => new(
        "Payment intent created; the order is confirmed when the card processor reports the outcome",
        payment, new OrderUpdate(payment.OrderId, OrderStatus.Paying), EmailNotification.NotSent, new InventoryRelease(false, []));

    public static PaymentProcessed Settled(Payment payment, OrderSummary order, NotificationReceipt? email)
    {
        var confirmed = payment.Status.Confirms();
        var released = confirmed ? [] : order.Lines.Select(l => new ReleasedLine(l.ProductId, l.Qty)).ToList();
        return new PaymentProcessed("Payment processed", payment,
            new OrderUpdate(order.OrderId, confirmed ? OrderStatus.Confirmed : OrderStatus.Cancelled),
            EmailNotification.From(email), new InventoryRelease(!confirmed, released));
    }
}
