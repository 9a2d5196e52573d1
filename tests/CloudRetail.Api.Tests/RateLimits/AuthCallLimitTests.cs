using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>RATE_LIMIT_AUTH_PER_10_MINUTES: register, confirm, resend-code and the forgot-password
/// pair share one budget per client IP, the IP a trusted proxy forwarded and no other.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class AuthCallLimitTests(ShopApi shop)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task The_anonymous_auth_calls_of_one_client_ip_share_one_budget()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitAuthPer10Minutes, "4"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var office = LimitedRequests.NewClientIp();
        var email = ShopApi.NewEmail();

        Assert.Equal(HttpStatusCode.OK, (await client.PostFromAsync(office, "/api/auth/register", new { email, password = ShopApi.CustomerPassword })).StatusCode);
        await (await client.PostFromAsync(office, "/api/auth/confirm", new { email, code = "000000" })).ProblemAsync(400);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFromAsync(office, "/api/auth/resend-code", new { email })).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFromAsync(office, "/api/auth/forgot-password", new { email })).StatusCode);

        await (await client.PostFromAsync(office, "/api/auth/register", new { email = ShopApi.NewEmail(), password = ShopApi.CustomerPassword })).AssertLimitedAsync(Window);
        await (await client.PostFromAsync(office, "/api/auth/confirm-forgot-password", new { email, code = "000000", password = ShopApi.CustomerPassword }))
            .AssertLimitedAsync(Window);
        Assert.Equal(HttpStatusCode.OK,
            (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/register", new { email = ShopApi.NewEmail(), password = ShopApi.CustomerPassword })).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_peer_that_is_not_a_trusted_proxy_is_ignored()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitAuthPer10Minutes, "2"), (ShopSettings.TrustedProxies, "10.0.0.1"));
        using var client = limited.CreateClient();

        // Each request claims another client; all come from this test's own address, which is what counts.
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/resend-code", new { email = ShopApi.NewEmail() })).StatusCode);
        }

        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/resend-code", new { email = ShopApi.NewEmail() })).AssertLimitedAsync(Window);
    }
}
