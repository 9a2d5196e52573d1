using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>RATE_LIMIT_SEARCH_PER_MINUTE: searches are counted per client IP; browsing without a search is not.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SearchLimitTests(ShopApi shop)
{
    [Fact]
    public async Task A_client_ip_past_its_searches_a_minute_is_429_while_listing_and_other_clients_go_on()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitSearchPerMinute, "3"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var office = LimitedRequests.NewClientIp();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetFromAsync(office, $"/api/products?q=zzzz{i}")).StatusCode);
        }

        await (await client.GetFromAsync(office, "/api/products?q=zzzz")).AssertLimitedAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetFromAsync(office, "/api/products?limit=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetFromAsync(LimitedRequests.NewClientIp(), "/api/products?q=zzzz")).StatusCode);
    }

    [Fact]
    public async Task The_search_documents_its_429()
    {
        var document = await shop.Client.GetJsonAsync("/openapi/v1.json");

        Assert.NotNull(document["paths"]!["/api/products"]!["get"]!["responses"]!["429"]);
    }
}
