using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace CloudRetail.Notifications.Domain;

internal sealed record RenderedEmail(string Subject, string Html, string Text);

/// <summary>The shop's e-mails, in HTML and plain text that say the same. They greet the shopper by
/// the address they gave (the shop knows no other name) and never by an internal id. Every inserted
/// value is HTML-encoded in the HTML part: a product name must never become markup in an inbox.</summary>
internal static class EmailTemplates
{
    private const string Signature = "Thanks,<br/>CloudRetail";
    private const string TextSignature = "Thanks,\nCloudRetail";

    /// <param name="storefrontUrl">Where the order pages are; without it the e-mails carry no link.</param>
    public static RenderedEmail Render(Notification notification, Uri? storefrontUrl) => notification.Type switch
    {
        NotificationType.OrderConfirmed => OrderConfirmed(OrderOf(notification, storefrontUrl)),
        NotificationType.PaymentFailed => PaymentFailed(OrderOf(notification, storefrontUrl)),
        NotificationType.UserRegistered => Welcome(notification.Recipient),
        NotificationType.OrderCancelled => OrderCancelled(OrderOf(notification, storefrontUrl)),
        _ => throw new ArgumentOutOfRangeException(nameof(notification), notification.Type, null),
    };

    public static RenderedEmail OrderConfirmed(OrderEmail order) => new(
        SingleLine($"Order confirmed: {order.OrderId}"),
        $"""
        <h2>✅ Order Confirmed</h2>
        <p>Hi <b>{Html(order.Greeting)}</b>,</p>
        <p>Your order <b>{Html(order.OrderId)}</b> is confirmed.</p>
        {HtmlDetails(order)}
        <p>{Signature}</p>
        """,
        $"Hi {order.Greeting},\n\nYour order {order.OrderId} is confirmed.\n\n{TextDetails(order)}\n{TextSignature}\n");

    public static RenderedEmail PaymentFailed(OrderEmail order) => new(
        SingleLine($"Payment failed for order {order.OrderId}"),
        $"""
        <h2>❌ Payment Failed</h2>
        <p>Hi <b>{Html(order.Greeting)}</b>,</p>
        <p>Your payment for order <b>{Html(order.OrderId)}</b> failed.</p>
        <p>Please try again.</p>
        {HtmlDetails(order)}
        <p>{Signature}</p>
        """,
        $"Hi {order.Greeting},\n\nYour payment for order {order.OrderId} failed.\nPlease try again.\n\n{TextDetails(order)}\n{TextSignature}\n");

    /// <summary>Staff cancelled the order; <see cref="OrderEmail.Total"/> is what was refunded. Nothing
    /// refunded (cash on delivery not collected yet) says there is nothing to pay, and no refund line.</summary>
    public static RenderedEmail OrderCancelled(OrderEmail order)
    {
        var refunded = order.Total is > 0m ? Price(order.Total.Value, order.Currency) : null;
        var (html, text) = refunded is null
            ? ("<p>Nothing was paid for it, so there is nothing to pay and nothing to refund.</p>", "Nothing was paid for it, so there is nothing to pay and nothing to refund.")
            : ($"<p>We have refunded <b>{Html(refunded)}</b> to the way you paid.</p>", $"We have refunded {refunded} to the way you paid.");
        return new(
            SingleLine($"Order cancelled: {order.OrderId}"),
            $"""
            <h2>Order Cancelled</h2>
            <p>Hi <b>{Html(order.Greeting)}</b>,</p>
            <p>We are sorry: the shop had to cancel your order <b>{Html(order.OrderId)}</b>.</p>
            {html}
            {HtmlDetails(order with { Total = null })}
            <p>{Signature}</p>
            """,
            $"Hi {order.Greeting},\n\nWe are sorry: the shop had to cancel your order {order.OrderId}.\n{text}\n\n{TextDetails(order with { Total = null })}\n{TextSignature}\n");
    }

    public static RenderedEmail Welcome(string greeting) => new(
        "Welcome to CloudRetail",
        $"""
        <h2>Welcome to CloudRetail 🎉</h2>
        <p>Hi <b>{Html(greeting)}</b>, your account has been created successfully.</p>
        <p>{Signature}</p>
        """,
        $"Hi {greeting}, your account has been created successfully.\n\n{TextSignature}\n");

    /// <summary>Two decimals whatever the server's culture: 109.97, 5.00, 1234.50.</summary>
    public static string Money(decimal amount) => amount.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>The page of the order in the storefront, e.g. https://shop.example/orders/O-1.</summary>
    public static string? OrderLink(Uri? storefrontUrl, string orderId) =>
        storefrontUrl is null ? null : $"{storefrontUrl.AbsoluteUri.TrimEnd('/')}/orders/{Uri.EscapeDataString(orderId)}";

    /// <summary>Where the shopper gets the order's invoice: the order's page in the storefront, where,
    /// signed in, they follow "Download invoice" (the API's own path would answer a browser 401).</summary>
    public static string? InvoiceLink(Uri? storefrontUrl, string orderId) => OrderLink(storefrontUrl, orderId);

    private static OrderEmail OrderOf(Notification n, Uri? storefrontUrl) =>
        new(n.Recipient, Required(n.OrderId), n.Lines, n.Amount, n.Currency, OrderLink(storefrontUrl, n.OrderId!),
            n.InvoiceLinked ? InvoiceLink(storefrontUrl, n.OrderId!) : null, n.Price, n.DeliverTo);

    private static string HtmlDetails(OrderEmail order)
    {
        var html = new StringBuilder();
        if (order.DeliverTo is { } delivery)
        {
            html.Append(delivery.Collected
                ? "<p><b>Collect in store</b></p>\n"
                : $"<p><b>Deliver to:</b><br/>{string.Join("<br/>", delivery.AddressLines.Select(Html))}</p>\n");
        }
        if (order.Lines.Count > 0)
        {
            var amounts = order.Lines.Any(line => line.Amount is not null);
            html.Append("<table cellpadding=\"6\" style=\"border-collapse:collapse\">")
                .Append("<tr><th align=\"left\">Item</th><th align=\"right\">Qty</th><th align=\"right\">Price</th>")
                .Append(amounts ? "<th align=\"right\">Amount</th></tr>" : "</tr>");
            foreach (var line in order.Lines)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html(line.Name)}</td><td align=\"right\">{line.Qty}</td><td align=\"right\">{Html(Price(line.Price, order.Currency))}</td>")
                    .Append(amounts ? $"<td align=\"right\">{Html(line.Amount is { } amount ? Price(amount, order.Currency) : "")}</td></tr>" : "</tr>");
            }
            html.Append("</table>\n");
        }
        if (order.Price is { } price)
        {
            html.Append("<table cellpadding=\"6\" style=\"border-collapse:collapse\">");
            foreach (var (label, amount) in Breakdown(price))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th align=\"left\">{Html(label)}</th><td align=\"right\">{Html(Price(amount, order.Currency))}</td></tr>");
            }
            html.Append(CultureInfo.InvariantCulture, $"<tr><th align=\"left\">Total</th><td align=\"right\"><b>{Html(Price(price.Total, order.Currency))}</b></td></tr></table>\n");
        }
        else if (order.Total is { } total)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><b>Total:</b> {Html(Price(total, order.Currency))}</p>\n");
        }
        if (order.Link is { } link)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Html(link)}\">View your order</a>: {Html(link)}</p>\n");
        }
        if (order.InvoiceLink is { } invoice)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Your invoice: sign in and choose \"Download invoice\" on <a href=\"{Html(invoice)}\">your order's page</a>: {Html(invoice)}</p>\n");
        }
        return html.ToString();
    }

    private static string TextDetails(OrderEmail order)
    {
        var text = new StringBuilder();
        if (order.DeliverTo is { } delivery)
        {
            text.Append(delivery.Collected ? "Collect in store\n\n" : $"Deliver to:\n{string.Join('\n', delivery.AddressLines)}\n\n");
        }
        foreach (var line in order.Lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.Qty} x {line.Name} - {Price(line.Price, order.Currency)}")
                .Append(line.Amount is { } amount ? $" = {Price(amount, order.Currency)}\n" : "\n");
        }
        if (order.Price is { } price)
        {
            foreach (var (label, amount) in Breakdown(price))
            {
                text.Append(CultureInfo.InvariantCulture, $"{label}: {Price(amount, order.Currency)}\n");
            }
        }
        if ((order.Price?.Total ?? order.Total) is { } total)
        {
            text.Append(CultureInfo.InvariantCulture, $"Total: {Price(total, order.Currency)}\n");
        }
        if (order.Link is { } link)
        {
            text.Append(CultureInfo.InvariantCulture, $"View your order: {link}\n");
        }
        if (order.InvoiceLink is { } invoice)
        {
            text.Append(CultureInfo.InvariantCulture, $"Your invoice: sign in and choose \"Download invoice\" on your order's page: {invoice}\n");
        }
        return text.ToString();
    }

    /// <summary>The rows between the lines and the total, each figure as the order holds it. A discount
    /// is shown as the negative amount it takes off; tax the prices include is labelled so.</summary>
    private static IEnumerable<(string Label, decimal Amount)> Breakdown(EmailPrice price)
    {
        yield return ("Subtotal", price.Subtotal);
        if (price.Discount != 0m || price.DiscountCode is not null)
        {
            yield return (price.DiscountCode is { } code ? $"Discount ({code})" : "Discount", price.Discount == 0m ? 0m : -price.Discount);
        }
        yield return (price.ShippingMethod is { } method ? $"Shipping ({method})" : "Shipping", price.Shipping);
        var included = price.TaxIncluded ? " (included)" : "";
        if (price.Taxes.Count == 0)
        {
            yield return ($"Tax{included}", price.Tax);
        }
        foreach (var tax in price.Taxes)
        {
            yield return ($"{tax.Name} {tax.Percent.ToString("0.###", CultureInfo.InvariantCulture)}%{included}", tax.Amount);
        }
    }

    private static string Price(decimal amount, string? currency) => currency is null ? Money(amount) : $"{Money(amount)} {currency}";

    private static string Html(string value) => WebUtility.HtmlEncode(value);

    // A subject is one header line; a stray line break from a caller must not end it early.
    private static string SingleLine(string value) => string.Concat(value.Where(c => !char.IsControl(c)));

    private static string Required(string? value, [CallerArgumentExpression(nameof(value))] string? field = null) =>
        value ?? throw new InvalidOperationException($"The notification lacks {field}, which its template needs");
}

/// <summary>What an order e-mail shows: who it greets, where the order goes, the lines, the breakdown (or for
/// an order without one, the total), the link to the order and, once the order is paid, to its invoice.</summary>
internal sealed record OrderEmail(
    string Greeting, string OrderId, IReadOnlyList<EmailLine> Lines, decimal? Total, string? Currency, string? Link, string? InvoiceLink = null,
    EmailPrice? Price = null, EmailDelivery? DeliverTo = null);
