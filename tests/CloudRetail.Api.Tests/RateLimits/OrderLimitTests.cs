using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>RATE_LIMIT_ORDERS_PER_MINUTE: checkouts and payments share one budget per shopper,
/// whatever address they come from.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class OrderLimitTests(ShopApi shop)
{
    [Fact]
    public async Task Checkouts_and_payments_of_one_shopper_share_one_budget_and_other_shoppers_keep_theirs()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitOrdersPerMinute, "3"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var hoarder = await TokenAsync();
        var neighbour = await TokenAsync();

        // Refusals count too: an empty cart and an unknown order still cost the shop a round of work.
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/orders/checkout", new { }, hoarder)).ProblemAsync(400, "Cart is empty");
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/payments", new { orderId = "ORD-none", status = "SUCCESS" }, hoarder)).ProblemAsync(404);
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/orders/checkout", new { }, hoarder)).ProblemAsync(400, "Cart is empty");

        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/orders/checkout", new { }, hoarder)).AssertLimitedAsync(TimeSpan.FromMinutes(1));
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/payments", new { orderId = "ORD-none", status = "SUCCESS" }, hoarder)).AssertLimitedAsync(TimeSpan.FromMinutes(1));
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/orders/checkout", new { }, neighbour)).ProblemAsync(400, "Cart is empty");
        // Reading is not limited.
        using var reading = new HttpRequestMessage(HttpMethod.Get, "/api/orders") { Headers = { Authorization = new("Bearer", hoarder) } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(reading)).StatusCode);
    }

    private async Task<string> TokenAsync() => (await shop.NewCustomerAsync()).Client.DefaultRequestHeaders.Authorization!.Parameter!;
}
