using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>
/// The shop's limits per client, one setting each (<see cref="ShopSettings"/>); 0 turns a limit off,
/// which load tests need. The host registers the policies; modules name them on their endpoints.
/// </summary>
public sealed record ShopRateLimits(int LoginFailures, int AuthCallsPer10Minutes, int OrdersPerMinute)
{
    /// <summary>Policy for register, confirm, resend-code and the forgot-password pair: per client IP.</summary>
    public const string AnonymousAuth = "anonymous-auth";

    /// <summary>Policy for checkout and payments: per shopper.</summary>
    public const string Orders = "orders";

    public static readonly TimeSpan LoginFailureWindow = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan AuthWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan OrdersWindow = TimeSpan.FromMinutes(1);

    public static ShopRateLimits From(IConfiguration configuration) => new(
        Limit(configuration, ShopSettings.RateLimitLoginFailures, 10),
        Limit(configuration, ShopSettings.RateLimitAuthPer10Minutes, 30),
        Limit(configuration, ShopSettings.RateLimitOrdersPerMinute, 20));

    /// <summary>A typo must not silently lift a limit, so anything but a whole number >= 0 stops the start.</summary>
    private static int Limit(IConfiguration configuration, string key, int defaultValue)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return defaultValue;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit)
            ? limit
            : throw new InvalidOperationException($"{key} must be a whole number >= 0 (0 turns the limit off), got '{text}'");
    }
}
