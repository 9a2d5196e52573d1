using System.Net;

namespace CloudRetail.Api.Tests.Pricing;

/// <summary>Shipping methods, tax rates and codes of a test's own. The pricing table is shared by
/// the run, so each test uses ids of its own and countries no other test taxes.</summary>
public static class PricingAdmin
{
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20].ToLowerInvariant();

    public static async Task<string> AddShippingMethodAsync(this HttpClient admin, decimal price, string[] countries, decimal? freeAbove = null,
        bool requiresAddress = true, string currency = "USD")
    {
        var shippingMethodId = NewId("m");
        var added = await admin.PostJsonAsync("/api/admin/shipping-methods", new
        {
            shippingMethodId, name = $"Method {shippingMethodId}", price, currency, countries, freeAbove, minDays = 2, maxDays = 4, active = true, requiresAddress,
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return shippingMethodId;
    }

    public static async Task AddTaxRateAsync(this HttpClient admin, string country, string? region, string name, decimal percent)
    {
        var added = await admin.PostJsonAsync("/api/admin/tax-rates", new { country, region, name, percent });
        Assert.True(added.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"tax rate: {(int)added.StatusCode}");
    }

    public static async Task<string> AddDiscountCodeAsync(this HttpClient admin, string kind, decimal value, int? redemptionLimit = null,
        int? perShopperLimit = null, decimal? minSubtotal = null, string? currency = null)
    {
        var code = NewId("C").ToUpperInvariant();
        var added = await admin.PostJsonAsync("/api/admin/discount-codes", new { code, kind, value, redemptionLimit, perShopperLimit, minSubtotal, currency, active = true });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return code;
    }

    public static async Task<string> AddAddressAsync(this HttpClient customer, string country, string? region, string postalCode, string name = "Home")
    {
        var added = await customer.PostJsonAsync("/api/addresses", new { name, line1 = "1 Harbour Road", city = "Port", region, postalCode, country, phone = "+64 4 555 0100" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (string)(await added.JsonAsync())["addressId"]!;
    }
}
