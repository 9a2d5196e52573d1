using CloudRetail.Addresses;
using CloudRetail.Notifications;
using CloudRetail.Orders;
using CloudRetail.Payments.Settlement;
using CloudRetail.Pricing;

namespace CloudRetail.Payments.Tests;

/// <summary>The invoice and the e-mails of a priced order take each figure from the order's breakdown
/// as it is held, never from a sum of their own.</summary>
public sealed class PricedOrderDocumentsTests
{
    private static readonly TaxAmount Gst = new("NZ", "GST", 15m, 5.40m);

    // 2 × 20.00 = 40.00, SAVE10 takes 4.00, courier 9.50 (untaxed), GST 15 % of 36.00 = 5.40, total 50.90.
    private static readonly PriceBreakdown Price = new("NZD", PricesIncludeTax: false,
        [new PricedLine("P1", 2, 20.00m, 40.00m, 4.00m, 36.00m, [Gst], 5.40m, 41.40m)],
        new PricedShipping("courier", "Courier", 9.50m, 9.50m, 9.50m, [], 0m, 9.50m, 2, 4, RequiresAddress: true),
        "SAVE10", Subtotal: 40.00m, Discount: 4.00m, ShippingAmount: 9.50m, Tax: 5.40m, Total: 50.90m, [Gst]);

    private static readonly OrderSummary Order = new("O-1", "user-1", "ann@example.com", OrderStatus.Paying,
        [new OrderLine("P1", "Wireless Mouse", 2, 20.00m)], 50.90m, "NZD", DateTimeOffset.UnixEpoch, "PAY-1", Price,
        new PostalAddress("Ann Example", "1 Harbour Road", "Port", "NZ", PostalCode: "6011", Phone: "+64 4 555 0100"));

    [Fact]
    public void The_invoice_shows_the_breakdown_each_lines_rate_and_ships_to_the_orders_address()
    {
        var draft = InvoiceDrafts.From(Order);

        Assert.Equal((40.00m, 4.00m, 9.50m, 50.90m, false), (draft.Subtotal, draft.Discount, draft.Shipping, draft.Total, draft.TaxIncluded));
        Assert.Equal(("Wireless Mouse", 2, 20.00m, 0.15m, 40.00m), (draft.Lines[0].Description, draft.Lines[0].Quantity, draft.Lines[0].UnitPrice, draft.Lines[0].TaxRate, draft.Lines[0].Amount));
        Assert.Equal(new InvoiceTaxView("GST", 0.15m, 5.40m), draft.Taxes.Select(t => new InvoiceTaxView(t.Name, t.Rate, t.Amount)).Single());
        Assert.Equal("Ann Example", draft.ShipTo!.Name);
        Assert.Equal(["1 Harbour Road", "Port 6011", "NZ", "+64 4 555 0100"], draft.ShipTo.AddressLines);
    }

    [Fact]
    public void A_collected_order_is_shipped_to_collect_in_store_on_the_invoice_and_in_the_e_mail()
    {
        var collected = Order with
        {
            DeliveryAddress = null,
            Price = Price with { Shipping = Price.Shipping! with { Name = "Collect in store", RequiresAddress = false, Amount = 0m } },
        };

        Assert.Equal(("Collect in store", "Collect in store"), (InvoiceDrafts.From(collected).ShipTo!.Name, InvoiceDrafts.From(collected).ShipTo!.AddressLines[0]));
        Assert.True(OrderEmails.Confirmed(collected, invoiced: true).DeliverTo!.Collected);
    }

    [Fact]
    public void The_e_mails_carry_the_breakdown_as_held_even_where_it_would_not_add_up()
    {
        var odd = Order with { Price = Price with { Total = 50.91m } };

        var confirmed = OrderEmails.Confirmed(odd, invoiced: true);
        var failed = OrderEmails.PaymentFailed(odd);

        Assert.Equal(new EmailPrice(40.00m, 4.00m, "SAVE10", "Courier", 9.50m, confirmed.Price!.Taxes, 5.40m, false, 50.91m), confirmed.Price);
        Assert.Equal(new EmailTax("GST", 15m, 5.40m), Assert.Single(confirmed.Price.Taxes));
        Assert.Equal(new EmailLine("Wireless Mouse", 2, 20.00m, 40.00m), Assert.Single(confirmed.Lines!));
        Assert.Equal(["Ann Example", "1 Harbour Road", "Port 6011", "NZ", "+64 4 555 0100"], confirmed.DeliverTo!.AddressLines);
        Assert.True(confirmed.InvoiceLinked);
        Assert.Equal((50.91m, "SAVE10"), (failed.Price!.Total, failed.Price.DiscountCode));
        Assert.Equal(confirmed.DeliverTo.AddressLines, failed.DeliverTo!.AddressLines);
    }

    [Fact]
    public void An_order_from_before_breakdowns_e_mails_its_lines_and_total_alone()
    {
        var legacy = Order with { Price = null, DeliveryAddress = null };

        var email = OrderEmails.Confirmed(legacy, invoiced: false);

        Assert.Null(email.Price);
        Assert.Null(email.DeliverTo);
        Assert.Equal(new EmailLine("Wireless Mouse", 2, 20.00m), Assert.Single(email.Lines!));
    }

    private sealed record InvoiceTaxView(string Name, decimal Rate, decimal Amount);
}
