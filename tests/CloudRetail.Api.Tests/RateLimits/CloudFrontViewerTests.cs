using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>Behind the shop's CloudFront the client is the viewer CloudFront saw, not the edge the
/// last X-Forwarded-For entry names; the viewer header counts only with CloudFront's origin secret.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class CloudFrontViewerTests(ShopApi shop)
{
    private const string Secret = "origin-secret-of-this-test";
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task Two_viewers_behind_one_edge_get_separate_budgets()
    {
        await using var limited = Start();
        using var client = limited.CreateClient();
        var edge = LimitedRequests.NewClientIp();
        var abuser = $"{LimitedRequests.NewClientIp()}:51234";

        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.SendAsync(ResendCode(edge, abuser, Secret))).StatusCode);
        }

        await (await client.SendAsync(ResendCode(edge, abuser, Secret))).AssertLimitedAsync(Window);
        Assert.NotEqual(HttpStatusCode.TooManyRequests,
            (await client.SendAsync(ResendCode(edge, $"{LimitedRequests.NewClientIp()}:40001", Secret))).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-origin-secret")]
    public async Task A_viewer_address_without_the_origin_secret_is_ignored(string? secret)
    {
        await using var limited = Start();
        using var client = limited.CreateClient();
        var edge = LimitedRequests.NewClientIp();

        // Each request claims another viewer; without the secret only the edge counts.
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests,
                (await client.SendAsync(ResendCode(edge, $"{LimitedRequests.NewClientIp()}:443", secret))).StatusCode);
        }

        await (await client.SendAsync(ResendCode(edge, $"{LimitedRequests.NewClientIp()}:443", secret))).AssertLimitedAsync(Window);
    }

    [Fact]
    public async Task An_ipv6_viewer_is_its_64_in_either_of_cloudfronts_formats()
    {
        await using var limited = Start();
        using var client = limited.CreateClient();
        var edge = LimitedRequests.NewClientIp();
        var subscriber = $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}";

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.SendAsync(ResendCode(edge, $"{subscriber}::10:51234", Secret))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.SendAsync(ResendCode(edge, $"[{subscriber}:0:0:0:20]:443", Secret))).StatusCode);

        await (await client.SendAsync(ResendCode(edge, $"{subscriber}:1:2:3:4:8080", Secret))).AssertLimitedAsync(Window);
        Assert.NotEqual(HttpStatusCode.TooManyRequests,
            (await client.SendAsync(ResendCode(edge, $"2001:db8:ffff:{Random.Shared.Next(1, 0xffff):x}::10:51234", Secret))).StatusCode);
    }

    private ShopApiFactory Start() => shop.StartHost((ShopSettings.RateLimitAuthPer10Minutes, "2"), (ShopSettings.TrustedProxies, "127.0.0.1"), (ShopSettings.CloudFrontOriginSecret, Secret));

    /// <summary>A request as CloudFront's edge forwards it: the edge in X-Forwarded-For, the viewer in
    /// CloudFront-Viewer-Address, and the origin secret when it really came through the distribution.</summary>
    private static HttpRequestMessage ResendCode(string edge, string viewer, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/resend-code")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email = ShopApi.NewEmail() }),
        };
        request.Headers.Add("X-Forwarded-For", edge);
        request.Headers.Add("CloudFront-Viewer-Address", viewer);
        if (secret is not null)
        {
            request.Headers.Add("X-Origin-Verify", secret);
        }
        return request;
    }
}
