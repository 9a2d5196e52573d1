using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CloudRetail.Identity.Security;

/// <summary>
/// The pool's published keys. A failed read is not the caller's fault: it becomes
/// <see cref="SigningKeysUnavailableException"/>, which the challenge answers with 503 and Retry-After
/// instead of the 401 that makes clients sign their users out. Once the keys have been read, a failed
/// refresh keeps the ones already known and nothing is thrown.
/// </summary>
internal sealed class PoolSigningKeys(Func<ConfigurationManager<OpenIdConnectConfiguration>> connect, TimeProvider clock)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private ConfigurationManager<OpenIdConnectConfiguration> _keys = connect();
    private (Exception Error, DateTimeOffset RetryAt)? _failure;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        // During an outage every signed-in request would otherwise wait for its own failed read.
        if (_failure is { } failure && clock.GetUtcNow() < failure.RetryAt)
        {
            throw new SigningKeysUnavailableException(failure.Error);
        }
        var keys = _keys;
        try
        {
            var configuration = await keys.GetConfigurationAsync(cancel);
            _failure = null;
            return configuration;
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or HttpRequestException or TaskCanceledException)
        {
            // A manager that never read the keys backs off further on each failure; the next attempt
            // starts afresh so that it comes RetryAfter later, as the 503 promised.
            _keys = connect();
            _failure = (error, clock.GetUtcNow() + RetryAfter);
            throw new SigningKeysUnavailableException(error);
        }
    }

    public void RequestRefresh() => _keys.RequestRefresh();

    /// <summary>JwtBearer rethrows what it did not expect; this failure is expected and answered by the challenge.</summary>
    public static Task ReportUnavailable(AuthenticationFailedContext context)
    {
        if (context.Exception is SigningKeysUnavailableException unavailable)
        {
            context.Fail(unavailable);
        }
        return Task.CompletedTask;
    }
}

internal sealed class SigningKeysUnavailableException(Exception inner)
    : Exception("The sign-in service's keys could not be read", inner);
