using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>
/// The shop's limits per client, one setting each (<see cref="ShopSettings"/>); 0 turns a limit off,
/// which load tests need. The host registers the policies; modules name them on their endpoints.
/// The login limit counts failures, not requests: Identity's <c>LoginFailureLimit</c> holds all of it.
/// </summary>
public sealed record ShopRateLimits(int LoginFailures, int AuthCallsPer10Minutes, int OrdersPerMinute, int SearchesPerMinute)
{
    /// <summary>Policy for register, confirm, resend-code and the forgot-password pair: per client IP.</summary>
    public const string AnonymousAuth = "anonymous-auth";

    /// <summary>Policy for checkout and payments: per shopper.</summary>
    public const string Orders = "orders";

    /// <summary>Policy for product searches (a listing with <c>q</c>): per client IP, signed in or not.</summary>
    public const string Search = "search";

    public static readonly TimeSpan AuthWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan OrdersWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan SearchWindow = TimeSpan.FromMinutes(1);

    /// <summary>The same in every environment (<see cref="RateLimitDefaults"/>, which the stack reads too).</summary>
    public static readonly ShopRateLimits Defaults = new(
        RateLimitDefaults.LoginFailures, RateLimitDefaults.AuthCallsPer10Minutes, RateLimitDefaults.OrdersPerMinute, RateLimitDefaults.SearchesPerMinute);

    public static ShopRateLimits From(IConfiguration configuration) => new(
        Limit(ShopSettings.RateLimitLoginFailures, configuration[ShopSettings.RateLimitLoginFailures], Defaults.LoginFailures),
        Limit(ShopSettings.RateLimitAuthPer10Minutes, configuration[ShopSettings.RateLimitAuthPer10Minutes], Defaults.AuthCallsPer10Minutes),
        Limit(ShopSettings.RateLimitOrdersPerMinute, configuration[ShopSettings.RateLimitOrdersPerMinute], Defaults.OrdersPerMinute),
        Limit(ShopSettings.RateLimitSearchPerMinute, configuration[ShopSettings.RateLimitSearchPerMinute], Defaults.SearchesPerMinute));

    public static int Limit(string key, string? text, int defaultValue) => RateLimitDefaults.Read(key, text, defaultValue);
}
