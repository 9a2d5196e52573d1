using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace CloudRetail.Notifications.Domain;

internal sealed record RenderedEmail(string Subject, string Html, string Text);

/// <summary>The seed's e-mails, in HTML and plain text. Every inserted value is HTML-encoded in
/// the HTML part: a user id or order id must never become markup in someone's inbox.</summary>
internal static class EmailTemplates
{
    private const string Signature = "Thanks,<br/>CloudRetail";
    private const string TextSignature = "Thanks,\nCloudRetail";

    public static RenderedEmail Render(Notification notification) => notification.Type switch
    {
        NotificationType.OrderConfirmed => OrderConfirmed(notification.UserId, Required(notification.OrderId),
            Required(notification.Amount), Required(notification.Currency)),
        NotificationType.PaymentFailed => PaymentFailed(notification.UserId, Required(notification.OrderId)),
        NotificationType.UserRegistered => Welcome(notification.UserId),
        _ => throw new ArgumentOutOfRangeException(nameof(notification), notification.Type, null),
    };

    public static RenderedEmail OrderConfirmed(string userId, string orderId, decimal amount, string currency)
    {
        var total = $"{Money(amount)} {currency}";
        return new(
            SingleLine($"Order confirmed: {orderId}"),
            $"""
            <h2>✅ Order Confirmed</h2>
            <p>Hi <b>{Html(userId)}</b>,</p>
            <p>Your order <b>{Html(orderId)}</b> is confirmed.</p>
            <p><b>Total:</b> {Html(total)}</p>
            <p>{Signature}</p>
            """,
            $"Hi {userId},\n\nYour order {orderId} is confirmed.\nTotal: {total}\n\n{TextSignature}\n");
    }

    public static RenderedEmail PaymentFailed(string userId, string orderId) => new(
        SingleLine($"Payment failed for order {orderId}"),
        $"""
        <h2>❌ Payment Failed</h2>
        <p>Hi <b>{Html(userId)}</b>,</p>
        <p>Your payment for order <b>{Html(orderId)}</b> failed.</p>
        <p>Please try again.</p>
        <p>{Signature}</p>
        """,
        $"Hi {userId},\n\nYour payment for order {orderId} failed.\nPlease try again.\n\n{TextSignature}\n");

    public static RenderedEmail Welcome(string userId) => new(
        "Welcome to CloudRetail",
        $"""
        <h2>Welcome to CloudRetail 🎉</h2>
        <p>Hi <b>{Html(userId)}</b>, your account has been created successfully.</p>
        <p>{Signature}</p>
        """,
        $"Hi {userId}, your account has been created successfully.\n\n{TextSignature}\n");

    /// <summary>Two decimals whatever the server's culture: 109.97, 5.00, 1234.50.</summary>
    public static string Money(decimal amount) => amount.ToString("F2", CultureInfo.InvariantCulture);

    private static string Html(string value) => WebUtility.HtmlEncode(value);

    // A subject is one header line; a stray line break from a caller must not end it early.
    private static string SingleLine(string value) => string.Concat(value.Where(c => !char.IsControl(c)));

    private static string Required(string? value, [CallerArgumentExpression(nameof(value))] string? field = null) =>
        value ?? throw new InvalidOperationException($"The notification lacks {field}, which its template needs");

    private static decimal Required(decimal? value, [CallerArgumentExpression(nameof(value))] string? field = null) =>
        value ?? throw new InvalidOperationException($"The notification lacks {field}, which its template needs");
}
