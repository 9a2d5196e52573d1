using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Tests;

public sealed class EmailTemplatesTests
{
    [Fact]
    public void Order_confirmed_names_the_order_and_its_total_in_both_parts()
    {
        var email = EmailTemplates.OrderConfirmed("U1001", "O-a1b2c3d4", 109.97m, "USD");

        Assert.Equal("Order confirmed: O-a1b2c3d4", email.Subject);
        Assert.Contains("<p>Your order <b>O-a1b2c3d4</b> is confirmed.</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<p><b>Total:</b> 109.97 USD</p>", email.Html, StringComparison.Ordinal);
        Assert.Equal("Hi U1001,\n\nYour order O-a1b2c3d4 is confirmed.\nTotal: 109.97 USD\n\nThanks,\nCloudRetail\n", email.Text);
    }

    [Theory]
    [InlineData(5, "5.00")]
    [InlineData(1234.5, "1234.50")]
    [InlineData(0.1, "0.10")]
    [InlineData(99999.99, "99999.99")]
    public void Money_has_two_decimals_and_a_decimal_point(double amount, string expected)
    {
        Assert.Equal(expected, EmailTemplates.Money((decimal)amount));
        Assert.Contains($"Total: {expected} EUR", EmailTemplates.OrderConfirmed("U1", "O-1", (decimal)amount, "EUR").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_inserted_value_is_html_encoded()
    {
        const string hostile = "<script>alert('x')</script>&\"";

        foreach (var email in new[]
        {
            EmailTemplates.OrderConfirmed(hostile, hostile, 1m, hostile),
            EmailTemplates.PaymentFailed(hostile, hostile),
            EmailTemplates.Welcome(hostile),
        })
        {
            Assert.DoesNotContain("<script>", email.Html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;", email.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_subject_stays_on_one_line()
    {
        var email = EmailTemplates.PaymentFailed("U1", "O-1\r\nBcc: someone@example.com");

        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain('\r', email.Subject);
    }

    [Fact]
    public void Payment_failed_and_welcome_keep_the_seed_wording()
    {
        var failed = EmailTemplates.PaymentFailed("U1001", "O-1");
        var welcome = EmailTemplates.Welcome("U1001");

        Assert.Contains("<h2>❌ Payment Failed</h2>", failed.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Your payment for order <b>O-1</b> failed.</p>", failed.Html, StringComparison.Ordinal);
        Assert.Contains("Please try again.", failed.Text, StringComparison.Ordinal);
        Assert.Equal("Welcome to CloudRetail", welcome.Subject);
        Assert.Contains("<h2>Welcome to CloudRetail 🎉</h2>", welcome.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Hi <b>U1001</b>, your account has been created successfully.</p>", welcome.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_notification_renders_from_its_stored_inputs()
    {
        var notification = Notification.Draft(NotificationType.OrderConfirmed, "a@example.com", "U1", DateTimeOffset.UnixEpoch, "O-9", 12m, "SGD");

        Assert.Equal(EmailTemplates.OrderConfirmed("U1", "O-9", 12m, "SGD"), EmailTemplates.Render(notification));
    }
}
