using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.BuildingBlocks.Security;

namespace CloudRetail.Api.RateLimits;

/// <summary>
/// The policies the modules name on their endpoints (<see cref="RateLimitedEndpoints.LimitedBy"/>):
/// anonymous auth calls and product searches per client IP, checkouts and payments per shopper, each a fixed window counted
/// in the host's <see cref="IClientCounts"/> (bounded memory, or DynamoDB shared by every instance).
/// A limit of 0 counts nothing. (Failed logins are counted by the Identity module, which alone can tell a failure.)
/// </summary>
internal static class ShopRateLimiter
{
    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var limits = ShopRateLimits.From(configuration);
        services.AddSingleton(new LimitPolicies(
            new ClientLimit(ShopRateLimits.AnonymousAuth, limits.AuthCallsPer10Minutes, ShopRateLimits.AuthWindow),
            new ClientLimit(ShopRateLimits.Orders, limits.OrdersPerMinute, ShopRateLimits.OrdersWindow),
            new ClientLimit(ShopRateLimits.Search, limits.SearchesPerMinute, ShopRateLimits.SearchWindow)));
        return services.AddClientCounts(configuration, environment.IsProduction());
    }

    /// <summary>Runs after authorization, so the orders policy knows the shopper; the IP is only a fallback.
    /// A request to an endpoint without a policy (a product, health), or a product listing without a
    /// search (<c>q</c>), passes untouched.</summary>
    public static IApplicationBuilder UseShopRateLimiter(this IApplicationBuilder app) =>
        app.Use(next => async http =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<RateLimitPolicy>() is not { } policy
                || (policy.Name == ShopRateLimits.Search && !http.Request.Query.ContainsKey("q")))
            {
                await next(http);
                return;
            }
            var policies = http.RequestServices.GetRequiredService<LimitPolicies>();
            var (limit, key) = policy.Name switch
            {
                ShopRateLimits.Orders => (policies.Orders, http.User.ShopperIdOrNull() ?? ClientIp(http)),
                ShopRateLimits.Search => (policies.Search, ClientIp(http)),
                _ => (policies.AnonymousAuth, ClientIp(http)),
            };
            if (limit.Permits > 0
                && await http.RequestServices.GetRequiredService<IClientCounts>().TryCountAsync(limit, key, http.RequestAborted) is { } wait)
            {
                await TooManyRequests.Answer(http, wait).ExecuteAsync(http);
                return;
            }
            await next(http);
        });

    private static string ClientIp(HttpContext http) => ClientAddress.Key(http.Connection.RemoteIpAddress);

    private sealed record LimitPolicies(ClientLimit AnonymousAuth, ClientLimit Orders, ClientLimit Search);
}
