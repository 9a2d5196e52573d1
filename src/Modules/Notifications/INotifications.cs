namespace CloudRetail.Notifications;

/// <summary>
/// The shop's transactional e-mails, for other modules to send in-process. Every send is recorded
/// (an admin can list and retry the failed ones), and a send never throws for an SES, network or
/// storage failure, nor when cancelled: it answers <see cref="NotificationReceipt.Sent"/> = false
/// with the error instead, because a payment must never fail because of an e-mail.
/// </summary>
public interface INotifications
{
    Task<NotificationReceipt> SendOrderConfirmedAsync(OrderConfirmedEmail email, CancellationToken cancellationToken);

    Task<NotificationReceipt> SendPaymentFailedAsync(PaymentFailedEmail email, CancellationToken cancellationToken);

    /// <summary>Staff cancelled the order and refunded what was paid.</summary>
    Task<NotificationReceipt> SendOrderCancelledAsync(OrderCancelledEmail email, CancellationToken cancellationToken);

    /// <summary>The welcome e-mail, once the shopper has confirmed their address.</summary>
    Task<NotificationReceipt> SendWelcomeAsync(WelcomeEmail email, CancellationToken cancellationToken);
}

/// <summary>The order-confirmed e-mail; <paramref name="Lines"/> are listed with the total. With
/// <paramref name="InvoiceLinked"/> it links to the order's invoice (GET /api/orders/{orderId}/invoice).</summary>
public sealed record OrderConfirmedEmail(
    string To, string UserId, string OrderId, decimal Amount, string Currency, IReadOnlyList<EmailLine>? Lines = null, bool InvoiceLinked = false);

/// <summary>The payment-failed e-mail; the lines and total, when given, are listed as in the confirmation.</summary>
public sealed record PaymentFailedEmail(string To, string UserId, string OrderId, IReadOnlyList<EmailLine>? Lines = null, decimal? Amount = null, string? Currency = null);

/// <summary>One line of an order as an e-mail lists it: unit price, in the order's currency.</summary>
public sealed record EmailLine(string Name, int Qty, decimal Price);

/// <summary>The order-cancelled e-mail: the shop cancelled the order and gave back <paramref name="Refunded"/>.</summary>
public sealed record OrderCancelledEmail(string To, string UserId, string OrderId, decimal Refunded, string Currency, IReadOnlyList<EmailLine>? Lines = null);

public sealed record WelcomeEmail(string To, string UserId);

/// <summary>What became of one e-mail. <see cref="Type"/> is order-confirmed, payment-failed,
/// order-cancelled or user-registered; <see cref="Error"/> says why SES did not take it when <see cref="Sent"/> is false.</summary>
public sealed record NotificationReceipt(string NotificationId, string Type, string ToEmail, bool Sent, string? Error);
