using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The shop's pricing settings reach the function from context, and only then (issue 18).</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class PricingSettingsTests(SynthesizedShop shop)
{
    [Fact]
    public void Without_context_the_function_keeps_the_apis_pricing_defaults() =>
        Assert.DoesNotContain(shop.Json.FunctionEnvironment(), v => PricingSettings.Contains(v.Key));

    private static readonly string[] PricingSettings =
        [ShopSettings.ShopCountry, ShopSettings.ShopRegion, ShopSettings.ShopDefaultShippingMethod, ShopSettings.ShopPricesIncludeTax, ShopSettings.ShopShippingTaxed];

    [Fact]
    public void Context_sets_where_the_shop_is_its_default_method_and_how_it_taxes()
    {
        var environment = Synthesize(new()
        {
            ["shopCountry"] = "US", ["shopRegion"] = "WA", ["shopDefaultShippingMethod"] = "collect",
            ["shopPricesIncludeTax"] = "false", ["shopShippingTaxed"] = "true",
        });

        Assert.Equal(("US", "WA", "collect", "false", "true"), (environment[ShopSettings.ShopCountry], environment[ShopSettings.ShopRegion],
            environment[ShopSettings.ShopDefaultShippingMethod], environment[ShopSettings.ShopPricesIncludeTax], environment[ShopSettings.ShopShippingTaxed]));
    }

    [Fact]
    public void A_country_that_is_no_iso_code_stops_the_deploy()
    {
        var refused = Assert.ThrowsAny<Exception>(() => Synthesize(new() { ["shopCountry"] = "usa" }));

        Assert.Contains("Context 'shopCountry' must be an ISO 3166-1 alpha-2 code", refused.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Synthesize(Dictionary<string, object> context)
    {
        var outdir = Directory.CreateTempSubdirectory("cloudretail-pricing-").FullName;
        try
        {
            context["sesFromEmail"] = SynthesizedShop.SenderEmail;
            return SynthesizedShop.Synthesize(DeployContext.FromCdkJson(context), outdir).FunctionEnvironment()
                .ToDictionary(v => v.Key, v => v.Value!.ToString());
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
