using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.RateLimits;

/// <summary>RATE_LIMIT_STORE=DYNAMODB: two instances of the shop on one DynamoDB hold one limit between
/// them, as Lambda's concurrent instances must; in memory each would allow the whole limit on its own.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SharedLimitTests(ShopApi shop)
{
    [Fact]
    public async Task Two_hosts_on_one_dynamodb_hold_the_auth_call_and_failed_login_limits_between_them()
    {
        var table = $"rate-limits-{Guid.NewGuid():N}";
        (string, string?)[] settings =
        [
            (ShopSettings.RateLimitStore, "DYNAMODB"), (ShopSettings.RateLimitsTable, table),
            (ShopSettings.RateLimitAuthPer10Minutes, "4"), (ShopSettings.RateLimitLoginFailures, "3"), (ShopSettings.TrustedProxies, "127.0.0.1"),
        ];
        await using var first = shop.StartHost(settings);
        await using var second = shop.StartHost(settings);
        // The shared windows are aligned to the clock (5 and 10 minutes): start well inside one.
        using var inside = MoveInsideWindow(first, second);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var office = LimitedRequests.NewClientIp();

        for (var i = 0; i < 4; i++)
        {
            var answer = await (i % 2 == 0 ? a : b).PostFromAsync(office, "/api/auth/resend-code", new { email = ShopApi.NewEmail() });
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }
        await (await a.PostFromAsync(office, "/api/auth/resend-code", new { email = ShopApi.NewEmail() })).AssertLimitedAsync(ShopRateLimitsWindow);
        await (await b.PostFromAsync(office, "/api/auth/resend-code", new { email = ShopApi.NewEmail() })).AssertLimitedAsync(ShopRateLimitsWindow);

        var email = (await shop.NewCustomerAsync()).Email;
        var guesser = LimitedRequests.NewClientIp();
        await (await a.PostFromAsync(guesser, "/api/auth/login", new { email, password = "Wrong1234" })).ProblemAsync(401);
        await (await b.PostFromAsync(guesser, "/api/auth/login", new { email, password = "Wrong1234" })).ProblemAsync(401);
        await (await a.PostFromAsync(guesser, "/api/auth/login", new { email, password = "Wrong1234" })).ProblemAsync(401);
        await (await b.PostFromAsync(LimitedRequests.NewClientIp(), "/api/auth/login", new { email, password = ShopApi.CustomerPassword }))
            .AssertLimitedAsync(TimeSpan.FromMinutes(5));

        // One item per limit, client and window, each with its expiry for TTL.
        var items = (await shop.Services.GetRequiredService<IAmazonDynamoDB>().ScanAsync(new ScanRequest { TableName = table })).Items;
        Assert.Contains(items, i => i["counterId"].S.StartsWith($"anonymous-auth#{office}#", StringComparison.Ordinal) && i["requestCount"].N == "4");
        Assert.All(items, i => Assert.True(i.ContainsKey("expiresAt")));
    }

    private static readonly TimeSpan ShopRateLimitsWindow = TimeSpan.FromMinutes(10);

    private static Both MoveInsideWindow(ShopApiFactory first, ShopApiFactory second)
    {
        var fiveMinutes = TimeSpan.FromMinutes(5);
        var intoWindow = TimeSpan.FromTicks(first.Clock.GetUtcNow().UtcTicks % fiveMinutes.Ticks);
        var by = fiveMinutes - intoWindow < TimeSpan.FromMinutes(1) ? fiveMinutes - intoWindow + TimeSpan.FromSeconds(5) : TimeSpan.Zero;
        var moved = (first.Clock.Advance(by), second.Clock.Advance(by));
        return new Both(moved.Item1, moved.Item2);
    }

    private sealed class Both(IDisposable one, IDisposable other) : IDisposable
    {
        public void Dispose()
        {
            one.Dispose();
            other.Dispose();
        }
    }
}
