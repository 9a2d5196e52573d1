using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Tests;

public sealed class EmailTemplatesTests
{
    private static readonly Uri Storefront = new("https://shop.example/");

    private static readonly OrderEmail Order = new("ann@example.com", "O-a1b2c3d4",
        [new EmailLine("Wireless Mouse", 2, 29.99m), new EmailLine("Mechanical Keyboard", 1, 89.50m)],
        149.48m, "USD", "https://shop.example/orders/O-a1b2c3d4");

    [Fact]
    public void Order_confirmed_greets_by_address_and_lists_lines_total_and_link_in_both_parts()
    {
        var email = EmailTemplates.OrderConfirmed(Order);

        Assert.Equal("Order confirmed: O-a1b2c3d4", email.Subject);
        Assert.Contains("<p>Hi <b>ann@example.com</b>,</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Wireless Mouse</td><td align=\"right\">2</td><td align=\"right\">29.99 USD</td></tr>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<p><b>Total:</b> 149.48 USD</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://shop.example/orders/O-a1b2c3d4\">", email.Html, StringComparison.Ordinal);
        Assert.Equal(
            "Hi ann@example.com,\n\nYour order O-a1b2c3d4 is confirmed.\n\n" +
            "2 x Wireless Mouse - 29.99 USD\n1 x Mechanical Keyboard - 89.50 USD\nTotal: 149.48 USD\n" +
            "View your order: https://shop.example/orders/O-a1b2c3d4\n\nThanks,\nCloudRetail\n",
            email.Text);
    }

    [Fact]
    public void Html_and_text_parts_carry_the_same_facts()
    {
        foreach (var email in new[] { EmailTemplates.OrderConfirmed(Order), EmailTemplates.PaymentFailed(Order) })
        {
            foreach (var fact in new[] { "ann@example.com", "O-a1b2c3d4", "Wireless Mouse", "Mechanical Keyboard", "29.99 USD", "89.50 USD", "149.48 USD", Order.Link! })
            {
                Assert.Contains(fact, email.Html, StringComparison.Ordinal);
                Assert.Contains(fact, email.Text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(5, "5.00")]
    [InlineData(1234.5, "1234.50")]
    [InlineData(0.1, "0.10")]
    [InlineData(99999.99, "99999.99")]
    public void Money_has_two_decimals_and_a_decimal_point(double amount, string expected)
    {
        Assert.Equal(expected, EmailTemplates.Money((decimal)amount));
        Assert.Contains($"Total: {expected} EUR", EmailTemplates.OrderConfirmed(Order with { Total = (decimal)amount, Currency = "EUR" }).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_inserted_value_is_html_encoded()
    {
        const string hostile = "<script>alert('x')</script>&\"";
        var order = new OrderEmail(hostile, hostile, [new EmailLine(hostile, 1, 1m)], 1m, hostile, hostile);

        foreach (var email in new[] { EmailTemplates.OrderConfirmed(order), EmailTemplates.PaymentFailed(order), EmailTemplates.OrderCancelled(order), EmailTemplates.Welcome(hostile) })
        {
            Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;", email.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Order_cancelled_by_the_shop_says_what_was_refunded_in_both_parts()
    {
        var email = EmailTemplates.OrderCancelled(Order with { Total = 119.49m });

        Assert.Equal("Order cancelled: O-a1b2c3d4", email.Subject);
        foreach (var fact in new[] { "cancel your order", "O-a1b2c3d4", "refunded", "119.49 USD", "Wireless Mouse", Order.Link! })
        {
            Assert.Contains(fact, email.Html, StringComparison.Ordinal);
            Assert.Contains(fact, email.Text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Total:", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_stays_on_one_line()
    {
        var email = EmailTemplates.PaymentFailed(Order with { OrderId = "O-1\r\nBcc: someone@example.com" });

        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain('\r', email.Subject);
    }

    [Fact]
    public void Payment_failed_and_welcome_keep_their_wording()
    {
        var failed = EmailTemplates.PaymentFailed(Order with { OrderId = "O-1" });
        var welcome = EmailTemplates.Welcome("ann@example.com");

        Assert.Contains("<h2>❌ Payment Failed</h2>", failed.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Your payment for order <b>O-1</b> failed.</p>", failed.Html, StringComparison.Ordinal);
        Assert.Contains("Please try again.", failed.Text, StringComparison.Ordinal);
        Assert.Equal("Welcome to CloudRetail", welcome.Subject);
        Assert.Contains("<h2>Welcome to CloudRetail 🎉</h2>", welcome.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Hi <b>ann@example.com</b>, your account has been created successfully.</p>", welcome.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_notification_renders_from_its_stored_inputs_and_greets_its_recipient_never_the_user_id()
    {
        var notification = Notification.Draft(NotificationType.OrderConfirmed, "ann@example.com", "5347073a-bad9-4c1e-9f00-000000000001",
            DateTimeOffset.UnixEpoch, "O-a1b2c3d4", 149.48m, "USD", Order.Lines);

        var email = EmailTemplates.Render(notification, Storefront);

        Assert.Equal(EmailTemplates.OrderConfirmed(Order), email);
        Assert.DoesNotContain("5347073a", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("5347073a", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_storefront_url_the_e_mail_has_no_link()
    {
        var notification = Notification.Draft(NotificationType.PaymentFailed, "ann@example.com", "U1", DateTimeOffset.UnixEpoch, "O-1");

        var email = EmailTemplates.Render(notification, storefrontUrl: null);

        Assert.DoesNotContain("/orders/", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("View your order", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paid_orders_confirmation_links_to_its_invoice_in_both_parts_and_a_retry_renders_it_again()
    {
        var notification = Notification.Draft(NotificationType.OrderConfirmed, "ann@example.com", "U1", DateTimeOffset.UnixEpoch,
            "O-a1b2c3d4", 149.48m, "USD", Order.Lines, invoiceLinked: true);

        var email = EmailTemplates.Render(notification, Storefront);

        Assert.Contains("Your invoice: sign in and choose \"Download invoice\" on your order's page: https://shop.example/orders/O-a1b2c3d4\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("on <a href=\"https://shop.example/orders/O-a1b2c3d4\">your order's page</a>", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_invoice_flag_the_confirmation_has_no_invoice_link()
    {
        var notification = Notification.Draft(NotificationType.OrderConfirmed, "ann@example.com", "U1", DateTimeOffset.UnixEpoch, "O-a1b2c3d4", 1m, "USD");

        var email = EmailTemplates.Render(notification, Storefront);

        Assert.DoesNotContain("/invoice", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("invoice", email.Text, StringComparison.OrdinalIgnoreCase);
    }
}
