using System.Globalization;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The function's rate limits, trusted proxy and metrics export. Limits default to the API's own
/// defaults; context <c>rateLimitLoginFailures</c>, <c>rateLimitAuthPer10Minutes</c> and
/// <c>rateLimitOrdersPerMinute</c> change them (0 turns one off, for a load test stage), and
/// <c>otlpEndpoint</c> names a collector (the ADOT layer's, say) to export metrics to.
/// </summary>
internal static class ApiOperations
{
    /// <summary>The Lambda Web Adapter, which hands each API Gateway request to the app from
    /// loopback with API Gateway's X-Forwarded-For and -Proto; nothing else can reach the app there.</summary>
    public const string WebAdapterAddress = "127.0.0.1";

    public static Dictionary<string, string> Environment(Node node)
    {
        var environment = new Dictionary<string, string>
        {
            [ShopSettings.RateLimitLoginFailures] = Limit(node, "rateLimitLoginFailures", RateLimitDefaults.LoginFailures),
            [ShopSettings.RateLimitAuthPer10Minutes] = Limit(node, "rateLimitAuthPer10Minutes", RateLimitDefaults.AuthCallsPer10Minutes),
            [ShopSettings.RateLimitOrdersPerMinute] = Limit(node, "rateLimitOrdersPerMinute", RateLimitDefaults.OrdersPerMinute),
            [ShopSettings.RateLimitSearchPerMinute] = Limit(node, "rateLimitSearchPerMinute", RateLimitDefaults.SearchesPerMinute),
            [ShopSettings.TrustedProxies] = WebAdapterAddress,
            // Concurrent instances count together, in the rate-limits table (the API's default in Production too).
            [ShopSettings.RateLimitStore] = "DYNAMODB",
        };
        if (node.TryGetContext("otlpEndpoint")?.ToString() is { Length: > 0 } otlp)
        {
            environment[ShopSettings.OtlpEndpoint] = otlp;
        }
        return environment;
    }

    private static string Limit(Node node, string key, int defaultValue) =>
        RateLimitDefaults.Read($"Context '{key}'", node.TryGetContext(key)?.ToString(), defaultValue).ToString(CultureInfo.InvariantCulture);
}
