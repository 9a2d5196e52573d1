using CloudRetail.Notifications.Domain;
using CloudRetail.Notifications.Persistence;

namespace CloudRetail.Notifications.Tests;

/// <summary>The order e-mails show where the order goes and its whole price, each figure exactly as the
/// order holds it: the template prints, it never adds up.</summary>
public sealed class OrderBreakdownEmailTests
{
    private static readonly Uri Storefront = new("https://shop.example/");

    // 2 × 20.00 = 40.00, 10 % off (SAVE10) 4.00, shipping 9.50, GST 15 % of 36.00 = 5.40, total 50.90.
    private static readonly EmailPrice Priced = new(40.00m, 4.00m, "SAVE10", "Courier", 9.50m, [new EmailTax("GST", 15m, 5.40m)], 5.40m, TaxIncluded: false, 50.90m);

    private static readonly EmailDelivery Home = new(["Ann Example", "1 Harbour Road", "Port 6011", "NZ", "+64 4 555 0100"]);

    private static Notification Confirmed(EmailPrice? price = null, EmailDelivery? deliverTo = null, IReadOnlyList<EmailLine>? lines = null) =>
        Notification.Draft(NotificationType.OrderConfirmed, "ann@example.com", "U1", DateTimeOffset.UnixEpoch, "O-a1b2c3d4", 50.90m, "NZD",
            lines ?? [new EmailLine("Wireless Mouse", 2, 20.00m, 40.00m)], invoiceLinked: true, price ?? Priced, deliverTo ?? Home);

    [Fact]
    public void The_text_part_lists_address_lines_subtotal_discount_with_code_shipping_method_tax_by_rate_and_total()
    {
        var email = EmailTemplates.Render(Confirmed(), Storefront);

        Assert.Contains(
            "Deliver to:\nAnn Example\n1 Harbour Road\nPort 6011\nNZ\n+64 4 555 0100\n\n" +
            "2 x Wireless Mouse - 20.00 NZD = 40.00 NZD\n" +
            "Subtotal: 40.00 NZD\nDiscount (SAVE10): -4.00 NZD\nShipping (Courier): 9.50 NZD\nGST 15%: 5.40 NZD\nTotal: 50.90 NZD\n",
            email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_part_shows_the_same_figures_in_a_table_with_money_aligned_right()
    {
        var email = EmailTemplates.Render(Confirmed(), Storefront);

        Assert.Contains("<p><b>Deliver to:</b><br/>Ann Example<br/>1 Harbour Road<br/>Port 6011<br/>NZ<br/>+64 4 555 0100</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<td align=\"right\">20.00 NZD</td><td align=\"right\">40.00 NZD</td></tr>", email.Html, StringComparison.Ordinal);
        foreach (var (label, amount) in new[] { ("Subtotal", "40.00"), ("Discount (SAVE10)", "-4.00"), ("Shipping (Courier)", "9.50"), ("GST 15%", "5.40") })
        {
            Assert.Contains($"<tr><th align=\"left\">{label}</th><td align=\"right\">{amount} NZD</td></tr>", email.Html, StringComparison.Ordinal);
        }
        Assert.Contains("<tr><th align=\"left\">Total</th><td align=\"right\"><b>50.90 NZD</b></td></tr>", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_are_printed_as_given_even_where_they_would_not_add_up()
    {
        // An order priced under an older rounding rule keeps its figures: the e-mail must not "correct" them.
        var odd = Priced with { Tax = 5.41m, Taxes = [new EmailTax("GST", 15m, 5.41m)], Total = 50.91m };

        var email = EmailTemplates.Render(Confirmed(odd), Storefront);

        Assert.Contains("GST 15%: 5.41 NZD\nTotal: 50.91 NZD\n", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("50.90", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_rate_has_its_row_and_tax_the_prices_include_is_labelled_included()
    {
        var included = Priced with
        {
            DiscountCode = null, Discount = 0m, TaxIncluded = true, Tax = 3.50m, Total = 49.50m,
            Taxes = [new EmailTax("State tax", 6m, 2.10m), new EmailTax("County tax", 2.5m, 1.40m)],
        };

        var email = EmailTemplates.Render(Confirmed(included), Storefront);

        Assert.Contains("Subtotal: 40.00 NZD\nShipping (Courier): 9.50 NZD\nState tax 6% (included): 2.10 NZD\nCounty tax 2.5% (included): 1.40 NZD\nTotal: 49.50 NZD\n",
            email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Discount", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collected_order_says_collect_in_store_instead_of_an_address()
    {
        var email = EmailTemplates.Render(Confirmed(Priced with { ShippingMethod = "Collect in store", Shipping = 0m }, EmailDelivery.CollectInStore), Storefront);

        Assert.StartsWith("Hi ann@example.com,\n\nYour order O-a1b2c3d4 is confirmed.\n\nCollect in store\n\n2 x Wireless Mouse", email.Text, StringComparison.Ordinal);
        Assert.Contains("<p><b>Collect in store</b></p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("Shipping (Collect in store): 0.00 NZD\n", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deliver to", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_payment_failed_e_mail_shows_the_same_breakdown()
    {
        var failed = Confirmed() with { Type = NotificationType.PaymentFailed, InvoiceLinked = false };

        var email = EmailTemplates.Render(failed, Storefront);

        Assert.Contains("Please try again.", email.Text, StringComparison.Ordinal);
        Assert.Contains("Discount (SAVE10): -4.00 NZD\nShipping (Courier): 9.50 NZD\nGST 15%: 5.40 NZD\nTotal: 50.90 NZD\n", email.Text, StringComparison.Ordinal);
        Assert.Contains("Deliver to:\nAnn Example", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_notification_keeps_breakdown_address_and_line_amounts_so_a_retry_sends_the_same_e_mail()
    {
        foreach (var notification in new[] { Confirmed(), Confirmed(deliverTo: EmailDelivery.CollectInStore), Confirmed(Priced with { Taxes = [], Tax = 0m, Total = 45.50m }) })
        {
            var read = NotificationsTable.ToNotification(NotificationsTable.ToItem(notification));

            Assert.Equal(EmailTemplates.Render(notification, Storefront), EmailTemplates.Render(read, Storefront));
            Assert.Equal(notification.Price?.Taxes, read.Price?.Taxes);
            Assert.Equal(notification.DeliverTo?.AddressLines, read.DeliverTo?.AddressLines);
        }
    }

    [Fact]
    public void An_order_without_a_breakdown_still_shows_its_lines_and_total_alone()
    {
        var legacy = Notification.Draft(NotificationType.OrderConfirmed, "ann@example.com", "U1", DateTimeOffset.UnixEpoch, "O-1", 59.98m, "USD",
            [new EmailLine("Wireless Mouse", 2, 29.99m)]);

        var email = EmailTemplates.Render(legacy, Storefront);

        Assert.Contains("2 x Wireless Mouse - 29.99 USD\nTotal: 59.98 USD\n", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Subtotal", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deliver to", email.Text, StringComparison.Ordinal);
        Assert.Equal(legacy, NotificationsTable.ToNotification(NotificationsTable.ToItem(legacy)) with { Lines = legacy.Lines });
    }
}
