using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Storefront;

[Collection(ShopApiCollection.Name)]
public sealed class CorsTests(ShopApi shop)
{
    [Theory]
    [InlineData("GET", "/api/products")]
    [InlineData("POST", "/api/orders/checkout")]
    [InlineData("PUT", "/api/cart/items/P001")]
    [InlineData("DELETE", "/api/cart")]
    public async Task Preflight_from_the_storefront_origin_allows_every_method_and_header_the_app_sends(string method, string path)
    {
        var response = await shop.Client.SendAsync(Preflight(path, TestStorefront.Origin, method, "authorization,content-type,idempotency-key"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(TestStorefront.Origin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods")!.Split(','));
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant().Split(',');
        Assert.Contains("authorization", headers);
        Assert.Contains("content-type", headers);
        Assert.Contains("idempotency-key", headers);
    }

    [Fact]
    public async Task An_unknown_origin_gets_no_cors_headers()
    {
        var preflight = await shop.Client.SendAsync(Preflight("/api/cart", "http://evil.example", "DELETE", "authorization"));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/products?limit=1");
        get.Headers.Add("Origin", "http://evil.example");
        var read = await shop.Client.SendAsync(get);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Methods"));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Null(Header(read, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Answers_and_errors_to_the_storefront_carry_its_origin_so_the_browser_can_read_them()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/products?limit=1");
        get.Headers.Add("Origin", TestStorefront.Origin);
        using var unauthorized = new HttpRequestMessage(HttpMethod.Get, "/api/cart");
        unauthorized.Headers.Add("Origin", TestStorefront.Origin);

        var read = await shop.Client.SendAsync(get);
        var refused = await shop.Client.SendAsync(unauthorized);

        Assert.Equal(TestStorefront.Origin, Header(read, "Access-Control-Allow-Origin"));
        await refused.ProblemAsync(401);
        Assert.Equal(TestStorefront.Origin, Header(refused, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : null;
}
