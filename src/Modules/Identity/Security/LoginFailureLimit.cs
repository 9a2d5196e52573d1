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
/// The login limit, whole: failed logins per client IP and per account, each in a window of
/// <see cref="Window"/>; past <see cref="ShopRateLimits.LoginFailures"/> (setting
/// RATE_LIMIT_LOGIN_FAILURES, default 10, 0 turns it off) a login is refused with 429 before Cognito is
/// asked. It counts failures, not attempts, so a shopper who signs in often is never held back. The
/// counts are the host's <see cref="IClientCounts"/>: bounded in memory, or shared by every instance in
/// DynamoDB (README, "Rate limits"). The client IP is the one the host's trusted-proxy rules settled on.
/// </summary>
internal sealed class LoginFailureLimit(int limit, IClientCounts counts) : IEndpointFilter
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ClientLimit _failures = new("login-failures", limit, Window);

    public bool IsOn => limit > 0;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!IsOn || context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return await next(context);
        }
        var http = context.HttpContext;
        var keys = KeysFor(http.Connection.RemoteIpAddress, login.Email);
        if (await RetryAfterAsync(keys, http.RequestAborted) is { } wait)
        {
            return TooManyRequests.Answer(http, wait);
        }
        var result = await next(context);
        if (ResultStatus.Of(result) == StatusCodes.Status401Unauthorized)
        {
            await RecordAsync(keys, http.RequestAborted);
        }
        return result;
    }

    /// <summary>The keys a login attempt counts against. The account's is a hash, so the e-mail
    /// address is not kept in memory, in DynamoDB or shown in a dump.</summary>
    public static string[] KeysFor(IPAddress? client, string email) =>
    [
        $"ip:{ClientAddress.Key(client)}",
        "account:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ShopperEmails.Normalize(email))))[..32],
    ];

    /// <summary>How long until any of <paramref name="keys"/> may try again; null when none is held back.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        TimeSpan? longest = null;
        foreach (var key in keys)
        {
            if (await counts.RetryAfterAsync(_failures, key, cancellationToken) is { } wait && (longest is null || wait > longest))
            {
                longest = wait;
            }
        }
        return longest;
    }

    public async Task RecordAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await counts.TryCountAsync(_failures, key, cancellationToken);
        }
    }
}

internal static class LoginFailureLimitExtensions
{
    public static IServiceCollection AddLoginFailureLimit(this IServiceCollection services, int limit) =>
        services.AddSingleton(sp => new LoginFailureLimit(limit, sp.GetRequiredService<IClientCounts>()));

    public static RouteHandlerBuilder LimitFailedLogins(this RouteHandlerBuilder builder) =>
        builder.AddFilter(services => services.GetRequiredService<LoginFailureLimit>()).ProducesProblem(StatusCodes.Status429TooManyRequests);
}
