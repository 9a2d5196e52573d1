using CloudRetail.Pricing.Domain;

namespace CloudRetail.Pricing.Tests;

/// <summary>The refund rule: a line's units are worth its gross spread cumulatively, so its refunds in
/// any steps add up to the line exactly.</summary>
public sealed class LineRefundTests
{
    [Fact]
    public void Refunding_every_unit_in_any_steps_gives_back_the_lines_gross_exactly()
    {
        // 3 units for 10.00: a third is 3.333..., which no refund can pay exactly.
        foreach (var steps in new[] { new[] { 1, 1, 1 }, [2, 1], [1, 2], [3] })
        {
            var before = 0;
            var total = 0m;
            foreach (var step in steps)
            {
                total += MoneyRounding.LineRefund(10.00m, 3, before, step, "USD");
                before += step;
            }
            Assert.Equal(10.00m, total);
        }
    }

    [Fact]
    public void Each_refund_is_rounded_to_the_currencys_minor_unit()
    {
        Assert.Equal([3.33m, 3.34m, 3.33m], new[] { (0, 1), (1, 1), (2, 1) }.Select(s => MoneyRounding.LineRefund(10.00m, 3, s.Item1, s.Item2, "USD")));
        Assert.Equal(333m, MoneyRounding.LineRefund(1000m, 3, 0, 1, "JPY"));
    }

    [Fact]
    public void A_line_is_refunded_at_its_gross_with_tax_and_after_its_discount_share()
    {
        // 2 × 50.00, a 10 % discount share of 10.00, 19 % tax on 90.00: gross 107.10.
        var line = PriceCalculator.Price(new PriceRequest([new("P1", 2, 50m)], "USD", null, "DE", [new TaxRate("DE", "DE", null, "VAT", 19m)],
            new DiscountCodeState("SAVE", DiscountKind.Percent, 10m, null, null, null, null, null, null, true, 0, 0), DateTimeOffset.UnixEpoch),
            new ShopPricing(false, false, null, null)).Breakdown!.Lines[0];

        Assert.Equal(107.10m, line.Gross);
        Assert.Equal(53.55m, Refunds.LineAmount(line.Gross, line.Qty, 0, 1, "USD"));
    }

    [Fact]
    public void More_units_than_are_left_is_not_a_refund()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MoneyRounding.LineRefund(10m, 3, 2, 2, "USD"));
        Assert.Throws<ArgumentOutOfRangeException>(() => MoneyRounding.LineRefund(10m, 3, 0, 0, "USD"));
    }
}
