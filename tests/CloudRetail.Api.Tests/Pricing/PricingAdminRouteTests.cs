using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Pricing;

/// <summary>Shipping methods, tax rates and discount codes are managed by staff only: customers get
/// 403, the anonymous 401, and neither changes anything.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class PricingAdminRouteTests(ShopApi shop)
{
    /// <summary>Every admin route of Pricing, with a request an admin may make ({method}, {rate} and {code} are the test's own).</summary>
    public static TheoryData<string, string, string?> AdminRoutes => new()
    {
        { "GET", "/api/admin/shipping-methods", null },
        { "POST", "/api/admin/shipping-methods", "{\"shippingMethodId\": \"{new}\", \"name\": \"New\", \"price\": 1, \"currency\": \"USD\", \"countries\": [\"LU\"]}" },
        { "PUT", "/api/admin/shipping-methods/{method}", "{\"name\": \"Changed\", \"price\": 2, \"currency\": \"USD\", \"countries\": [\"LU\"]}" },
        { "DELETE", "/api/admin/shipping-methods/{method}", null },
        { "GET", "/api/admin/tax-rates", null },
        { "POST", "/api/admin/tax-rates", "{\"country\": \"LU\", \"region\": \"{newRegion}\", \"name\": \"New\", \"percent\": 3}" },
        { "PUT", "/api/admin/tax-rates/{rate}", "{\"name\": \"Changed\", \"percent\": 4}" },
        { "DELETE", "/api/admin/tax-rates/{rate}", null },
        { "GET", "/api/admin/discount-codes", null },
        { "POST", "/api/admin/discount-codes", "{\"code\": \"{new}\", \"kind\": \"PERCENT\", \"value\": 5}" },
        { "GET", "/api/admin/discount-codes/{code}", null },
        { "PUT", "/api/admin/discount-codes/{code}", "{\"kind\": \"PERCENT\", \"value\": 7}" },
        { "DELETE", "/api/admin/discount-codes/{code}", null },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Customers_get_403_the_anonymous_401_and_the_admin_gets_through(string method, string path, string? body)
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();
        var methodId = await admin.AddShippingMethodAsync(1m, ["LU"]);
        var region = Guid.NewGuid().ToString("N")[..3].ToUpperInvariant();
        await admin.AddTaxRateAsync("LU", region, "Levy", 2m);
        var code = await admin.AddDiscountCodeAsync("PERCENT", 5m);
        string Fill(string text) => text.Replace("{method}", methodId).Replace("{rate}", $"LU-{region}").Replace("{code}", code)
            .Replace("{newRegion}", Guid.NewGuid().ToString("N")[..3].ToUpperInvariant()).Replace("{new}", PricingAdmin.NewId("n"));

        var anonymous = await shop.Client.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));
        var asCustomer = await customer.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));

        await anonymous.ProblemAsync(401);
        await asCustomer.ProblemAsync(403, "Your account is not allowed to do this");
        // The refusals changed nothing.
        var methods = await admin.GetJsonAsync("/api/admin/shipping-methods");
        Assert.Equal(1m, (decimal)methods["items"]!.AsArray().Single(m => (string?)m!["shippingMethodId"] == methodId)!["price"]!);
        Assert.Equal(5m, (decimal)(await admin.GetJsonAsync($"/api/admin/discount-codes/{code}"))["value"]!);

        var asAdmin = await admin.SendRawAsync(new HttpMethod(method), Fill(path), body is null ? null : Fill(body));

        Assert.True(asAdmin.IsSuccessStatusCode, $"admin got {(int)asAdmin.StatusCode}: {await asAdmin.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public void The_routes_above_are_every_admin_route_of_pricing()
    {
        var adminRoutes = shop.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ShopPolicies.Admin))
            .Where(e => e.Metadata.GetMetadata<ITagsMetadata>()?.Tags.Contains("Pricing") == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order();
        var tested = AdminRoutes.Select(row => $"{row[0]} {((string)row[1]!).Replace("{method}", "{shippingMethodId}").Replace("{rate}", "{taxRateId}")}").Order();

        Assert.Equal(tested, adminRoutes);
    }

    [Fact]
    public async Task Anyone_may_list_the_shipping_methods_for_a_country()
    {
        Assert.Equal(HttpStatusCode.OK, (await shop.Client.GetAsync("/api/shipping-methods?country=LU")).StatusCode);
    }
}
