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
/// <paramref name="InvoiceLinked"/> it sends the shopper to the order's page in the storefront, where,
/// signed in, they download the invoice. <paramref name="Price"/> and <paramref name="DeliverTo"/>, when the
/// order carries them, are shown as the order holds them.</summary>
public sealed record OrderConfirmedEmail(
    string To, string UserId, string OrderId, decimal Amount, string Currency, IReadOnlyList<EmailLine>? Lines = null, bool InvoiceLinked = false,
    EmailPrice? Price = null, EmailDelivery? DeliverTo = null);

/// <summary>The payment-failed e-mail; the lines, breakdown and total, when given, are listed as in the confirmation.</summary>
public sealed record PaymentFailedEmail(
    string To, string UserId, string OrderId, IReadOnlyList<EmailLine>? Lines = null, decimal? Amount = null, string? Currency = null,
    EmailPrice? Price = null, EmailDelivery? DeliverTo = null);

/// <summary>One line of an order as an e-mail lists it: unit price and, when the order holds it, what the
/// line comes to (<paramref name="Amount"/>), in the order's currency.</summary>
public sealed record EmailLine(string Name, int Qty, decimal Price, decimal? Amount = null);

/// <summary>An order's whole price exactly as the order holds it, in its currency: the e-mail adds nothing
/// up for itself, so no cent differs between order, e-mail and invoice.</summary>
/// <param name="ShippingMethod">The method's name; null when the order names none.</param>
/// <param name="TaxIncluded">The lines and shipping already include <paramref name="Tax"/>.</param>
public sealed record EmailPrice(
    decimal Subtotal, decimal Discount, string? DiscountCode, string? ShippingMethod, decimal Shipping,
    IReadOnlyList<EmailTax> Taxes, decimal Tax, bool TaxIncluded, decimal Total);

/// <summary>The tax of one rate over the whole order; <paramref name="Percent"/> is 19 for 19 %.</summary>
public sealed record EmailTax(string Name, decimal Percent, decimal Amount);

/// <summary>Where the order goes: the address's lines as printed, or none when it is collected in store.</summary>
public sealed record EmailDelivery(IReadOnlyList<string> AddressLines)
{
    public static EmailDelivery CollectInStore { get; } = new([]);

    public bool Collected => AddressLines.Count == 0;
}

/// <summary>The order-cancelled e-mail: the shop cancelled the order and gave back <paramref name="Refunded"/>.</summary>
public sealed record OrderCancelledEmail(string To, string UserId, string OrderId, decimal Refunded, string Currency, IReadOnlyList<EmailLine>? Lines = null);

public sealed record WelcomeEmail(string To, string UserId);

/// <summary>What became of one e-mail. <see cref="Type"/> is order-confirmed, payment-failed,
/// order-cancelled or user-registered; <see cref="Error"/> says why SES did not take it when <see cref="Sent"/> is false.</summary>
public sealed record NotificationReceipt(string NotificationId, string Type, string ToEmail, bool Sent, string? Error);
