using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.RateLimits;

namespace CloudRetail.Api.Tests.Observability;

[Collection(ShopApiCollection.Name)]
public sealed class SecurityHeaderTests(ShopApi shop)
{
    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/api/products", HttpStatusCode.OK },
        { "/api/health", HttpStatusCode.OK },
        { "/swagger/index.html", HttpStatusCode.OK },
        { "/api/no-such-thing", HttpStatusCode.NotFound },
        { "/api/orders", HttpStatusCode.Unauthorized },
        { "/api/products?limit=0", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_answer_pages_and_errors_included_carries_the_security_headers(string path, HttpStatusCode status)
    {
        var response = await shop.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
    }

    [Fact]
    public async Task The_storefront_policy_allows_this_origin_the_picture_bucket_and_two_known_inline_scripts()
    {
        var policy = Directives((await shop.Client.GetAsync("/api/products")).Headers.GetValues("Content-Security-Policy").Single());

        // Only the production build's stylesheet onload handler and index.html's preload, by their hashes, beside this origin.
        Assert.Equal(["'self'", "'unsafe-hashes'", "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='", SecurityHeaderValues.LandingPreload], policy["script-src"]);
        var bucket = new Uri(shop.Emulators.Urls.S3).GetLeftPart(UriPartial.Authority);
        Assert.Equal(["'self'", "data:", bucket], policy["img-src"]);
        Assert.Equal(["'self'", bucket], policy["connect-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
    }

    [Fact]
    public void The_web_apps_one_inline_script_is_the_one_the_policy_allows()
    {
        var index = File.ReadAllText(Path.Combine(Repository.Root, "web", "src", "index.html"));

        var hashes = Regex.Matches(index, "<script>(.*?)</script>", RegexOptions.Singleline)
            .Select(script => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)))}'");

        Assert.Equal([SecurityHeaderValues.LandingPreload], hashes);
    }

    [Fact]
    public async Task Swagger_ui_is_served_under_the_same_policy()
    {
        var api = (await shop.Client.GetAsync("/api/products")).Headers.GetValues("Content-Security-Policy").Single();
        var page = await shop.Client.GetAsync("/swagger/index.html");

        Assert.Contains("<script", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(api, page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_trusted_proxy_says_the_client_used_https_and_only_then()
    {
        await using var behindProxy = shop.StartHost((ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = behindProxy.CreateClient();
        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { { "X-Forwarded-Proto", "https" } } };

        var response = await client.SendAsync(overHttps);

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False((await client.GetAsync("/api/health")).Headers.Contains("Strict-Transport-Security"));
        using var untrusted = new HttpRequestMessage(HttpMethod.Get, "/api/health") { Headers = { { "X-Forwarded-Proto", "https" } } };
        Assert.False((await shop.Client.SendAsync(untrusted)).Headers.Contains("Strict-Transport-Security"));
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);
}
