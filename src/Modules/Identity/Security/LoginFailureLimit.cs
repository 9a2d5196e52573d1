using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.Identity.Domain;
using CloudRetail.Identity.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Identity.Security;

/// <summary>
/// The login limit, whole: failed logins per client IP and per account, each in a fixed window of
/// <see cref="Window"/> that starts at its first failure; past <see cref="ShopRateLimits.LoginFailures"/>
/// (setting RATE_LIMIT_LOGIN_FAILURES, default 10, 0 turns it off) a login is refused with 429 before
/// Cognito is asked. It counts failures, not attempts, so a shopper who signs in often is never held
/// back. Kept in this process's memory: each Lambda instance or server counts on its own (README,
/// "Rate limits"). The client IP is the one the host's trusted-proxy rules settled on.
/// </summary>
internal sealed class LoginFailureLimit(int limit, TimeProvider clock) : IEndpointFilter
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Past this many keys, expired windows are dropped before another is added.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, FailureWindow> _windows = new();

    public bool IsOn => limit > 0;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!IsOn || context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return await next(context);
        }
        var keys = KeysFor(context.HttpContext.Connection.RemoteIpAddress, login.Email);
        if (RetryAfter(keys) is { } wait)
        {
            return TooManyRequests.Answer(context.HttpContext, wait);
        }
        var result = await next(context);
        if (ResultStatus.Of(result) == StatusCodes.Status401Unauthorized)
        {
            Record(keys);
        }
        return result;
    }

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
                _ => new FailureWindow(now + Window, 1),
                (_, window) => window.Ends <= now ? new FailureWindow(now + Window, 1) : window with { Failures = window.Failures + 1 });
        }
    }

    private sealed record FailureWindow(DateTimeOffset Ends, int Failures);
}

internal static class LoginFailureLimitExtensions
{
    public static IServiceCollection AddLoginFailureLimit(this IServiceCollection services, int limit) =>
        services.AddSingleton(sp => new LoginFailureLimit(limit, sp.GetRequiredService<TimeProvider>()));

    public static RouteHandlerBuilder LimitFailedLogins(this RouteHandlerBuilder builder) =>
        builder.AddFilter(services => services.GetRequiredService<LoginFailureLimit>()).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
