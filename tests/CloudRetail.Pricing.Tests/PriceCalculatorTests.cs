using CloudRetail.Pricing.Domain;

namespace CloudRetail.Pricing.Tests;

public sealed class PriceCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly ShopPricing TaxAdded = new(PricesIncludeTax: false, ShippingTaxed: true, null, null);
    private static readonly ShopPricing TaxIncluded = new(PricesIncludeTax: true, ShippingTaxed: true, null, null);
    private static readonly ShippingOption Standard = new("standard", "Standard", 7.99m, "USD", ["US"], 100m, 3, 5, true, true);
    private static readonly ShippingOption Collect = new("collect", "Collect in store", 0m, "USD", [], null, 0, 1, true, false);
    private static readonly TaxRate Vat = new("DE", "DE", null, "VAT", 19m);
    private static readonly TaxRate State = new("US-WA", "US", "WA", "State tax", 6.5m);
    private static readonly TaxRate City = new("US", "US", null, "Federal", 0.35m);

    private static DiscountCodeState Percent(decimal value) => new("SAVE", DiscountKind.Percent, value, null, null, null, null, null, null, true, 0, 0);

    private static DiscountCodeState Amount(decimal value, string currency = "USD") =>
        new("OFF", DiscountKind.Amount, value, currency, null, null, null, null, null, true, 0, 0);

    private static PriceBreakdown Priced(ShopPricing shop, IReadOnlyList<PriceLine> lines, ShippingOption? shipping = null,
        IReadOnlyList<TaxRate>? rates = null, DiscountCodeState? discount = null, string? country = "US")
    {
        var outcome = PriceCalculator.Price(new PriceRequest(lines, "USD", shipping, country, rates ?? [], discount, Now), shop);
        Assert.Null(outcome.Refusal);
        return outcome.Breakdown!;
    }

    private static PriceRefusal Refused(DiscountCodeState? discount = null, ShippingOption? shipping = null, string? country = "US", decimal price = 10m) =>
        PriceCalculator.Price(new PriceRequest([new("P1", 1, price)], "USD", shipping, country, [], discount, Now), TaxAdded).Refusal!;

    /// <summary>What the issue asks of every order: each figure is the sum of those shown beneath it.</summary>
    private static void AssertAddsUp(PriceBreakdown b)
    {
        Assert.Equal(b.Subtotal, b.Lines.Sum(l => l.LineTotal));
        Assert.Equal(b.Discount, b.Lines.Sum(l => l.Discount));
        Assert.Equal(b.Tax, b.Lines.Sum(l => l.Tax) + (b.Shipping?.Tax ?? 0));
        Assert.Equal(b.Tax, b.Taxes.Sum(t => t.Amount));
        Assert.Equal(b.Total, b.Lines.Sum(l => l.Gross) + (b.Shipping?.Gross ?? 0));
        Assert.Equal(b.Total, b.Subtotal - b.Discount + b.ShippingAmount + (b.PricesIncludeTax ? 0 : b.Tax));
        Assert.Equal(b.Total, b.Lines.Sum(l => l.Net) + (b.Shipping?.Net ?? 0) + b.Tax);
        Assert.All(b.Lines, l => Assert.Equal(l.Gross, l.Net + l.Tax));
        Assert.True(b.Total >= 0 && b.Discount >= 0 && b.Tax >= 0);
    }

    [Fact]
    public void Tax_added_on_top_is_rounded_per_line_and_rate_and_the_totals_are_their_sums()
    {
        // 3 × 3.33 = 9.99; 6.5 % is 0.64935 → 0.65; 0.35 % of 9.99 is 0.034965 → 0.03.
        var b = Priced(TaxAdded, [new("P1", 3, 3.33m), new("P2", 1, 0.99m)], rates: [State, City]);

        Assert.Equal(10.98m, b.Subtotal);
        Assert.Equal([0.65m, 0.03m], b.Lines[0].Taxes.Select(t => t.Amount));
        Assert.Equal([0.06m, 0.00m], b.Lines[1].Taxes.Select(t => t.Amount));
        Assert.Equal(0.74m, b.Tax);
        Assert.Equal(11.72m, b.Total);
        AssertAddsUp(b);
    }

    [Fact]
    public void Tax_included_in_prices_is_taken_out_and_the_total_is_what_the_catalog_says()
    {
        // 119.00 gross at 19 %: net 100.00, VAT 19.00.
        var b = Priced(TaxIncluded, [new("P1", 1, 119m), new("P2", 3, 0.10m)], rates: [Vat], country: "DE");

        Assert.Equal((100m, 19m), (b.Lines[0].Net, b.Lines[0].Tax));
        Assert.Equal((0.25m, 0.05m), (b.Lines[1].Net, b.Lines[1].Tax));
        Assert.Equal(119.30m, b.Total);
        Assert.Equal(19.05m, b.Tax);
        AssertAddsUp(b);
    }

    [Fact]
    public void A_percentage_discount_is_shared_over_the_lines_to_the_cent()
    {
        // 10 % of 30.00 = 3.00 over three equal lines of 10.00: 1.00 each.
        var even = Priced(TaxAdded, [new("A", 1, 10m), new("B", 1, 10m), new("C", 1, 10m)], discount: Percent(10));
        Assert.Equal([1m, 1m, 1m], even.Lines.Select(l => l.Discount));

        // 1.00 over three equal lines cannot be even: 0.34, 0.33, 0.33, never 0.99 or 1.02.
        var uneven = Priced(TaxAdded, [new("A", 1, 10m), new("B", 1, 10m), new("C", 1, 10m)], discount: Amount(1m), rates: [State]);
        Assert.Equal([0.34m, 0.33m, 0.33m], uneven.Lines.Select(l => l.Discount));
        Assert.Equal(1m, uneven.Discount);
        AssertAddsUp(uneven);
    }

    [Fact]
    public void A_discount_never_takes_off_more_than_the_goods_nor_anything_off_shipping()
    {
        var b = Priced(TaxAdded, [new("P1", 1, 5m)], Standard, [State], Amount(50m));

        Assert.Equal(5m, b.Discount);
        Assert.Equal(0m, b.Lines.Sum(l => l.Gross));
        Assert.Equal(7.99m, b.ShippingAmount);
        Assert.Equal(7.99m + 0.52m, b.Total);
        AssertAddsUp(b);
    }

    [Fact]
    public void Shipping_is_free_when_the_discounted_goods_reach_the_methods_threshold()
    {
        Assert.Equal(0m, Priced(TaxAdded, [new("P1", 1, 100m)], Standard).ShippingAmount);
        Assert.Equal(7.99m, Priced(TaxAdded, [new("P1", 1, 100m)], Standard, discount: Percent(10)).ShippingAmount);
    }

    [Fact]
    public void Shipping_is_taxed_only_when_the_shop_says_so()
    {
        var taxed = Priced(TaxAdded, [new("P1", 1, 10m)], Standard, [State]);
        var untaxed = Priced(TaxAdded with { ShippingTaxed = false }, [new("P1", 1, 10m)], Standard, [State]);

        Assert.Equal(0.52m, taxed.Shipping!.Tax);
        Assert.Equal(0m, untaxed.Shipping!.Tax);
        Assert.Equal(untaxed.Shipping.Gross, untaxed.Shipping.Amount);
        AssertAddsUp(taxed);
        AssertAddsUp(untaxed);
    }

    [Fact]
    public void Taxes_by_rate_add_up_each_rate_over_lines_and_shipping()
    {
        var b = Priced(TaxAdded, [new("P1", 2, 4.99m), new("P2", 1, 12.49m)], Standard, [State, City], Percent(15));

        Assert.Equal(["US-WA", "US"], b.Taxes.Select(t => t.TaxRateId));
        Assert.Equal(b.Lines.Sum(l => l.Taxes[0].Amount) + b.Shipping!.Taxes[0].Amount, b.Taxes[0].Amount);
        AssertAddsUp(b);
    }

    [Fact]
    public void Amounts_in_a_currency_without_cents_round_to_whole_units()
    {
        var outcome = PriceCalculator.Price(new PriceRequest([new("P1", 3, 333m)], "JPY", null, null, [new("JP", "JP", null, "Consumption tax", 10m)], null, Now), TaxAdded);

        Assert.Equal(100m, outcome.Breakdown!.Tax);
        Assert.Equal(1099m, outcome.Breakdown.Total);
    }

    [Theory]
    [InlineData(0.005, 0.01)]
    [InlineData(-0.005, -0.01)]
    [InlineData(0.015, 0.02)]
    [InlineData(2.675, 2.68)]
    public void Rounding_is_half_away_from_zero_to_the_minor_unit(double amount, double rounded) =>
        Assert.Equal((decimal)rounded, MoneyRounding.Round((decimal)amount, "USD"));

    [Fact]
    public void A_method_that_does_not_deliver_to_the_country_is_refused_naming_it()
    {
        Assert.Equal(new PriceRefusal("shippingMethodId", "Shipping method standard (Standard) does not deliver to DE"), Refused(shipping: Standard, country: "DE"));
        Assert.Equal("Shipping method standard is not offered", Refused(shipping: Standard with { Active = false }).Message);
        Assert.Equal("Shipping method standard is priced in EUR, the cart in USD", Refused(shipping: Standard with { Currency = "EUR" }).Message);
        Assert.Null(PriceCalculator.Price(new PriceRequest([new("P1", 1, 1m)], "USD", Collect, null, [], null, Now), TaxAdded).Refusal);
    }

    [Fact]
    public void Each_reason_a_code_does_not_apply_is_said()
    {
        var code = Percent(10) with { Code = "SAVE10" };

        Assert.Equal("Discount code SAVE10 is not active", Refused(code with { Active = false }).Message);
        Assert.Equal("Discount code SAVE10 has expired", Refused(code with { EndsAt = Now }).Message);
        Assert.StartsWith("Discount code SAVE10 is not valid yet", Refused(code with { StartsAt = Now.AddDays(1) }).Message, StringComparison.Ordinal);
        Assert.Equal("Discount code SAVE10 is used up", Refused(code with { RedemptionLimit = 10, Redeemed = 10 }).Message);
        Assert.Equal("You have already used discount code SAVE10 as often as it allows", Refused(code with { PerShopperLimit = 1, RedeemedByShopper = 1 }).Message);
        Assert.Equal("Discount code SAVE10 needs a subtotal of at least 50 USD", Refused(code with { MinSubtotal = 50m, Currency = "USD" }).Message);
        Assert.Equal("Discount code SAVE10 is for orders in EUR, not USD", Refused(code with { Currency = "EUR" }).Message);
        Assert.Equal("discountCode", Refused(code with { Active = false }).Field);
    }

    [Fact]
    public void Many_random_orders_always_add_up()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 500; i++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8)).Select(n => new PriceLine($"P{n}", random.Next(1, 20), random.Next(1, 50_000) / 100m)).ToList();
            var discount = random.Next(3) switch { 0 => null, 1 => Percent(random.Next(1, 100)), _ => Amount(random.Next(1, 20_000) / 100m) };
            var shop = random.Next(2) == 0 ? TaxAdded : TaxIncluded;
            var rates = new[] { State, City, Vat }.Take(random.Next(0, 4)).ToList();
            AssertAddsUp(Priced(shop with { ShippingTaxed = random.Next(2) == 0 }, lines, random.Next(2) == 0 ? Standard : null, rates, discount));
        }
    }
}
