using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>RATE_LIMIT_LOGIN_FAILURES: failed logins, not attempts, per client IP and per account,
/// refused before Cognito is asked, for 5 minutes from the first failure.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class LoginFailureLimitTests(ShopApi shop)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Successful_logins_never_count_but_a_third_failure_from_one_ip_holds_it_back_for_five_minutes()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitLoginFailures, "3"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var email = await RegisteredAsync();
        var ip = LimitedRequests.NewClientIp();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFromAsync(ip, "/api/auth/login", new { email, password = ShopApi.CustomerPassword })).StatusCode);
        }

        // Three different accounts, so only the IP's count reaches the limit.
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostFromAsync(ip, "/api/auth/login", new { email = ShopApi.NewEmail(), password = "Wrong1234" })).ProblemAsync(401);
        }

        await (await client.PostFromAsync(ip, "/api/auth/login", new { email, password = ShopApi.CustomerPassword })).AssertLimitedAsync(Window);
        Assert.Equal(HttpStatusCode.OK, (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email, password = ShopApi.CustomerPassword })).StatusCode);
        using (limited.Clock.Advance(Window))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostFromAsync(ip, "/api/auth/login", new { email, password = ShopApi.CustomerPassword })).StatusCode);
        }
    }

    [Fact]
    public async Task Failures_against_one_account_from_many_ips_hold_that_account_back_and_no_other()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitLoginFailures, "3"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var target = await RegisteredAsync();
        var bystander = await RegisteredAsync();
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email = target, password = "Wrong1234" })).ProblemAsync(401);
        }

        // Another spelling of the same address is the same account.
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email = target.ToUpperInvariant(), password = ShopApi.CustomerPassword }))
            .AssertLimitedAsync(Window);
        Assert.Equal(HttpStatusCode.OK, (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email = bystander, password = ShopApi.CustomerPassword })).StatusCode);
    }

    [Fact]
    public async Task The_account_key_keeps_the_email_out_of_the_logs()
    {
        await using var limited = shop.StartHost((ShopSettings.RateLimitLoginFailures, "1"), (ShopSettings.TrustedProxies, "127.0.0.1"));
        using var client = limited.CreateClient();
        var email = await RegisteredAsync();
        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email, password = "Wrong1234" })).ProblemAsync(401);

        await (await client.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email, password = "Wrong1234" })).AssertLimitedAsync(Window);

        Assert.DoesNotContain(limited.Logs.Lines, l => l.Text.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> RegisteredAsync() => (await shop.NewCustomerAsync()).Email;
}
