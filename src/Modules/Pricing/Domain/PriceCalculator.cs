namespace CloudRetail.Pricing.Domain;

/// <summary>
/// Prices an order, the same for a quote and a checkout:
/// 1. each line's total is quantity × unit price (as the catalog states it: with tax when the shop's
///    prices include tax, without otherwise); their sum is the subtotal;
/// 2. a discount code takes its amount off the goods, shared over the lines in proportion to their
///    totals (<see cref="MoneyRounding.Allocate"/>, so the shares add up to the discount);
/// 3. shipping is the method's price, or nothing when the discounted goods reach its free-above;
/// 4. each line (and the shipping, when the shop taxes it) is taxed at every rate of the place,
///    rounded per line and rate; with tax-inclusive prices the tax is taken out of the amount
///    (amount × rate / (100 + all rates)) and net is what remains.
/// Every total is then a sum of rounded figures (<see cref="MoneyRounding"/>).
/// </summary>
internal static class PriceCalculator
{
    public static PriceOutcome Price(PriceRequest request, ShopPricing shop)
    {
        var currency = request.Currency;
        if (request.Shipping is { } method && ShippingRefusal(method, request) is { } shippingRefusal)
        {
            return new PriceOutcome(null, shippingRefusal);
        }
        var totals = request.Lines.Select(l => MoneyRounding.Round(l.Qty * l.UnitPrice, currency)).ToList();
        var subtotal = totals.Sum();
        var discount = 0m;
        if (request.Discount is { } code)
        {
            if (DiscountRules.Refuse(code, currency, subtotal, request.Now) is { } discountRefusal)
            {
                return new PriceOutcome(null, discountRefusal);
            }
            discount = DiscountRules.AmountOff(code, subtotal, currency);
        }
        var shares = MoneyRounding.Allocate(discount, totals, currency);
        var rates = request.TaxRates;
        var lines = request.Lines.Select((line, i) =>
        {
            var (net, taxes, gross) = Tax(totals[i] - shares[i], rates, shop.PricesIncludeTax, currency);
            return new PricedLine(line.ProductId, line.Qty, line.UnitPrice, totals[i], shares[i], net, taxes, taxes.Sum(t => t.Amount), gross);
        }).ToList();

        PricedShipping? shipping = null;
        if (request.Shipping is { } chosen)
        {
            var amount = chosen.FreeAbove <= subtotal - discount ? 0m : MoneyRounding.Round(chosen.Price, currency);
            var (net, taxes, gross) = shop.ShippingTaxed ? Tax(amount, rates, shop.PricesIncludeTax, currency) : (amount, [], amount);
            shipping = new PricedShipping(chosen.ShippingMethodId, chosen.Name, chosen.Price, amount, net, taxes, taxes.Sum(t => t.Amount), gross,
                chosen.MinDays, chosen.MaxDays, chosen.RequiresAddress);
        }

        var allTaxes = lines.SelectMany(l => l.Taxes).Concat(shipping?.Taxes ?? [])
            .GroupBy(t => t.TaxRateId)
            .Select(g => g.First() with { Amount = g.Sum(t => t.Amount) })
            .ToList();
        var breakdown = new PriceBreakdown(currency, shop.PricesIncludeTax, lines, shipping, request.Discount?.Code,
            Subtotal: subtotal,
            Discount: lines.Sum(l => l.Discount),
            ShippingAmount: shipping?.Amount ?? 0m,
            Tax: allTaxes.Sum(t => t.Amount),
            Total: lines.Sum(l => l.Gross) + (shipping?.Gross ?? 0m),
            Taxes: allTaxes);
        return new PriceOutcome(breakdown, null);
    }

    /// <summary>Net, tax per rate and gross of one amount, each tax rounded on its own.</summary>
    private static (decimal Net, IReadOnlyList<TaxAmount> Taxes, decimal Gross) Tax(decimal amount, IReadOnlyList<TaxRate> rates, bool included, string currency)
    {
        var allPercent = rates.Sum(r => r.Percent);
        var taxes = rates.Select(r => new TaxAmount(r.TaxRateId, r.Name, r.Percent,
            MoneyRounding.Round(included ? amount * r.Percent / (100m + allPercent) : amount * r.Percent / 100m, currency))).ToList();
        var tax = taxes.Sum(t => t.Amount);
        return included ? (amount - tax, taxes, amount) : (amount, taxes, amount + tax);
    }

    private static PriceRefusal? ShippingRefusal(ShippingOption method, PriceRequest request) =>
        !method.Active ? new PriceRefusal("shippingMethodId", $"Shipping method {method.ShippingMethodId} is not offered")
        : !method.DeliversTo(request.DeliveryCountry) ? new PriceRefusal("shippingMethodId",
            $"Shipping method {method.ShippingMethodId} ({method.Name}) does not deliver to {request.DeliveryCountry}")
        : method.Currency != request.Currency ? new PriceRefusal("shippingMethodId",
            $"Shipping method {method.ShippingMethodId} is priced in {method.Currency}, the cart in {request.Currency}")
        : null;
}
