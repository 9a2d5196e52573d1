using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Endpoints;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Tests;

public sealed class OrderViewTests
{
    private static readonly OrderLine Mouse = new("P1", "Mouse", 2, 12.5m);

    [Fact]
    public void An_order_placed_before_breakdowns_shows_its_total_as_it_was_with_no_discount_shipping_or_tax()
    {
        var view = OrderView.From(new Order("O-1", "u", "u@example.com", OrderStatus.Pending, [Mouse], 25m, "USD", DateTimeOffset.UnixEpoch));

        Assert.Equal((25m, 25m, 25m, 0m, 0m, 0m), (view.TotalAmount, view.Subtotal, view.Total, view.Discount, view.Shipping, view.Tax));
        Assert.Equal((25m, 25m, 25m), (view.Items[0].LineTotal, view.Items[0].Net, view.Items[0].Gross));
        Assert.Empty(view.Taxes);
        Assert.Null(view.DeliveryAddress);
    }

    [Fact]
    public void A_priced_order_shows_its_breakdown_and_its_total_amount_is_the_total()
    {
        var line = new PricedLine("P1", 2, 12.5m, 25m, 2.5m, 22.5m, [new TaxAmount("DE", "VAT", 19m, 4.28m)], 4.28m, 26.78m);
        var price = new PriceBreakdown("EUR", false, [line], null, "SAVE10", 25m, 2.5m, 0m, 4.28m, 26.78m, [new TaxAmount("DE", "VAT", 19m, 4.28m)]);

        var view = OrderView.From(Order.Place("u", "u@example.com", [Mouse], price, null, DateTimeOffset.UnixEpoch));

        Assert.Equal((26.78m, 26.78m, "EUR"), (view.TotalAmount, view.Total, view.Currency));
        Assert.Equal(("SAVE10", 2.5m, 4.28m), (view.DiscountCode, view.Items[0].Discount, view.Items[0].Tax));
        Assert.Equal("Mouse", view.Items[0].Name);
    }
}
