using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The shop's pricing settings from CDK context, each optional (unset: the API's defaults, under
/// which checkout behaves as before pricing existed): <c>shopPricesIncludeTax</c> and
/// <c>shopShippingTaxed</c> (true or false), <c>shopCountry</c> and <c>shopRegion</c> (where
/// collection orders are taxed), <c>shopDefaultShippingMethod</c> (the method a checkout without one uses).
/// </summary>
internal static class ShopPricingContext
{
    private static readonly (string Context, string Setting, Func<string, bool> IsValid, string Rule)[] Settings =
    [
        ("shopPricesIncludeTax", ShopSettings.ShopPricesIncludeTax, IsBoolean, "true or false"),
        ("shopShippingTaxed", ShopSettings.ShopShippingTaxed, IsBoolean, "true or false"),
        ("shopCountry", ShopSettings.ShopCountry, v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[A-Z]{2}$"), "an ISO 3166-1 alpha-2 code such as US"),
        ("shopRegion", ShopSettings.ShopRegion, v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[A-Z0-9]{1,3}$"), "an ISO 3166-2 subdivision code such as WA"),
        ("shopDefaultShippingMethod", ShopSettings.ShopDefaultShippingMethod, v => System.Text.RegularExpressions.Regex.IsMatch(v, "^[a-z0-9][a-z0-9-]{0,39}$"),
            "a shipping method id such as collect"),
    ];

    public static Dictionary<string, string> Environment(Node node)
    {
        var environment = new Dictionary<string, string>();
        foreach (var (context, setting, isValid, rule) in Settings)
        {
            if (node.TryGetContext(context)?.ToString() is { Length: > 0 } value)
            {
                // A typo must stop the deploy, not price every order wrongly.
                environment[setting] = isValid(value) ? value : throw new ArgumentException($"Context '{context}' must be {rule}, got '{value}'.");
            }
        }
        return environment;
    }

    private static bool IsBoolean(string value) => value is "true" or "false";
}
