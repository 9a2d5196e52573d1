using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Identity.Domain;

namespace CloudRetail.Identity.Security;

/// <summary>
/// Failed logins per client IP and per account, each in a fixed window of
/// <see cref="ShopRateLimits.LoginFailureWindow"/> that starts at its first failure. It counts
/// failures, not attempts, so a shopper who signs in often is never held back. Kept in this
/// process's memory: each Lambda instance or server counts on its own (README, "Rate limits").
/// </summary>
internal sealed class FailedLogins(int limit, TimeProvider clock)
{
    /// <summary>Past this many keys, expired windows are dropped before another is added.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public bool IsOn => limit > 0;

    /// <summary>The keys a login attempt counts against. The account's is a hash, so the e-mail
    /// address is not kept in memory or shown in a dump.</summary>
    public static string[] KeysFor(IPAddress? client, string email) =>
    [
        $"ip:{ClientAddress.Key(client)}",
        "account:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ShopperEmails.Normalize(email))))[..32],
    ];

    /// <summary>How long until any of <paramref name="keys"/> may try again; null when none is held back.</summary>
    public TimeSpan? RetryAfter(IEnumerable<string> keys)
    {
        var now = clock.GetUtcNow();
        var waits = keys
            .Select(key => _windows.TryGetValue(key, out var window) && window.Ends > now && window.Failures >= limit ? window.Ends - now : (TimeSpan?)null)
            .Where(wait => wait is not null)
            .ToList();
        return waits.Count == 0 ? null : waits.Max();
    }

    public void Record(IEnumerable<string> keys)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > SweepAbove)
        {
            foreach (var expired in _windows.Where(w => w.Value.Ends <= now))
            {
                _windows.TryRemove(expired);
            }
        }
        foreach (var key in keys)
        {
            _windows.AddOrUpdate(
                key,
                _ => new Window(now + ShopRateLimits.LoginFailureWindow, 1),
                (_, window) => window.Ends <= now ? new Window(now + ShopRateLimits.LoginFailureWindow, 1) : window with { Failures = window.Failures + 1 });
        }
    }

    private sealed record Window(DateTimeOffset Ends, int Failures);
}
