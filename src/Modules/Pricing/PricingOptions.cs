using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Pricing;

internal sealed record PricingOptions(string TableName, ShopPricing Shop)
{
    /// <summary>Reads the table name and the shop's pricing settings; a setting that cannot be meant
    /// (a country that is no ISO code) stops the start rather than pricing orders wrongly.</summary>
    public static PricingOptions From(IConfiguration configuration)
    {
        var country = configuration[ShopSettings.ShopCountry] is { Length: > 0 } text ? text.Trim().ToUpperInvariant() : null;
        if (country is not null && !Countries.IsKnown(country))
        {
            throw new InvalidOperationException($"{ShopSettings.ShopCountry} must be an ISO 3166-1 alpha-2 code, got '{country}'");
        }
        var region = configuration[ShopSettings.ShopRegion] is { Length: > 0 } r ? r.Trim().ToUpperInvariant() : null;
        return new PricingOptions(
            configuration.Setting(ShopSettings.PricingTable, "cloudretail-pricing"),
            new ShopPricing(
                configuration.GetValue(ShopSettings.ShopPricesIncludeTax, false),
                configuration.GetValue(ShopSettings.ShopShippingTaxed, false),
                country is null ? null : new TaxPlace(country, region),
                configuration[ShopSettings.ShopDefaultShippingMethod] is { Length: > 0 } method ? method.Trim() : null));
    }
}
