using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Pricing.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Pricing.Endpoints;

internal sealed record TaxRateList(IReadOnlyList<TaxRate> Items, int Count, bool PricesIncludeTax, bool ShippingTaxed, TaxPlace? ShopAddress);

internal static class ListTaxRates
{
    public static async Task<Ok<TaxRateList>> Handle(PricingTable table, PricingOptions options, CancellationToken cancellationToken)
    {
        var rates = await table.TaxRatesAsync(cancellationToken);
        return TypedResults.Ok(new TaxRateList(rates, rates.Count, options.Shop.PricesIncludeTax, options.Shop.ShippingTaxed, options.Shop.ShopAddress));
    }
}

internal static class AddTaxRate
{
    /// <summary>One rate per place: the country's own (no region) applies to all of it, a region's
    /// applies on top of it there.</summary>
    public static async Task<Results<Created<TaxRate>, ValidationProblem, ProblemHttpResult>> Handle(
        TaxRateRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        if (request.Country is null)
        {
            return ShopProblems.Invalid("country", "country is required: an ISO 3166-1 alpha-2 code such as DE");
        }
        var (country, region) = (request.Country.Trim().ToUpperInvariant(), request.Region?.Trim().ToUpperInvariant());
        var rate = new TaxRate(PricingTable.TaxRateId(country, region), country, region, request.Name.Trim(), request.Percent);
        return await table.SaveTaxRateAsync(rate, replace: false, cancellationToken)
            ? TypedResults.Created($"/api/admin/tax-rates/{rate.TaxRateId}", rate)
            : ShopProblems.Conflict($"A tax rate for {rate.TaxRateId} already exists; change it with PUT");
    }
}

internal static class ChangeTaxRate
{
    public static async Task<Results<Ok<TaxRate>, ProblemHttpResult>> Handle(
        string taxRateId, TaxRateRequest request, PricingTable table, CancellationToken cancellationToken)
    {
        var rate = new TaxRate(taxRateId, taxRateId[..2], taxRateId.Length > 2 ? taxRateId[3..] : null, request.Name.Trim(), request.Percent);
        return await table.SaveTaxRateAsync(rate, replace: true, cancellationToken) ? TypedResults.Ok(rate) : ShopProblems.NotFound("Tax rate not found");
    }
}

internal static class DeleteTaxRate
{
    public static async Task<Results<Ok<PricingDeleted>, ProblemHttpResult>> Handle(string taxRateId, PricingTable table, CancellationToken cancellationToken) =>
        await table.DeleteTaxRateAsync(taxRateId, cancellationToken)
            ? TypedResults.Ok(new PricingDeleted("Tax rate deleted", taxRateId))
            : ShopProblems.NotFound("Tax rate not found");
}
