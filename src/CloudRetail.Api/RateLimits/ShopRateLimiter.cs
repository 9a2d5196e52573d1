using System.Threading.RateLimiting;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace CloudRetail.Api.RateLimits;

/// <summary>
/// The policies the modules name on their endpoints, on ASP.NET Core's rate limiter: anonymous
/// auth calls per client IP, checkouts and payments per shopper. A limit of 0 is no limiter at all.
/// (Failed logins are counted by the Identity module, which alone can tell a failure.)
/// </summary>
internal static class ShopRateLimiter
{
    public static IServiceCollection AddShopRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = ShopRateLimits.From(configuration);
        services.AddRateLimiter(options =>
        {
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                await TooManyRequests.Answer(rejected.HttpContext, wait).ExecuteAsync(rejected.HttpContext);
            };
            options.AddPolicy(ShopRateLimits.AnonymousAuth, http =>
                FixedWindow(ClientIp(http), limits.AuthCallsPer10Minutes, ShopRateLimits.AuthWindow));
            // Authorization runs first, so the caller is known; the IP is only a fallback.
            options.AddPolicy(ShopRateLimits.Orders, http =>
                FixedWindow(http.User.ShopperIdOrNull() ?? ClientIp(http), limits.OrdersPerMinute, ShopRateLimits.OrdersWindow));
        });
        return services;
    }

    /// <summary>ASP.NET Core's rate limiter, built on the first request to an endpoint that names a
    /// policy. Building it starts its partition timers and compiles their generic code, about 5 ms
    /// of a cold start that a request without a policy (the catalog, health) never needs. With no
    /// global limiter, the middleware lets such requests through untouched, as this does.</summary>
    public static IApplicationBuilder UseShopRateLimiter(this IApplicationBuilder app) =>
        app.Use(next =>
        {
            var limiter = new Lazy<RequestDelegate>(() =>
            {
                var branch = app.New();
                branch.UseRateLimiter();
                branch.Run(next);
                return branch.Build();
            });
            return context => context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null
                ? next(context)
                : limiter.Value(context);
        });

    private static string ClientIp(HttpContext http) => ClientAddress.Key(http.Connection.RemoteIpAddress);

    private static RateLimitPartition<string> FixedWindow(string key, int permits, TimeSpan window) =>
        permits == 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            });
}
