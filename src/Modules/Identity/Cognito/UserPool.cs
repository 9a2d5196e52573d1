using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Aws;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Identity.Cognito;

/// <summary>The pool and app client in use. Any part may be missing: the API still starts, logs
/// what is missing and answers the affected requests with an error instead.</summary>
internal sealed record UserPoolApp(string? PoolId, string? ClientId, string? ClientSecret)
{
    public bool HasSecret => !string.IsNullOrEmpty(ClientSecret);
}

/// <summary>
/// Where Cognito answers and which pool and app client the shop uses. The ids come from
/// configuration, or locally from the pool the API creates in cognito-local at start-up; so they
/// are read when needed, never copied at registration time.
/// </summary>
internal sealed class UserPool
{
    private volatile UserPoolApp _app;

    public UserPool(IConfiguration configuration)
    {
        _app = new UserPoolApp(
            Configured(configuration, ShopSettings.CognitoUserPoolId),
            Configured(configuration, ShopSettings.CognitoClientId),
            Configured(configuration, ShopSettings.CognitoClientSecret));
        var local = configuration.LocalAws().CognitoUrl;
        IsLocal = local is not null;
        Region = configuration.Region();
        ServiceUrl = new Uri((local ?? $"https://cognito-idp.{configuration.Region()}.amazonaws.com").TrimEnd('/') + "/");
    }

    /// <summary>The name of the pool created in cognito-local.</summary>
    public const string LocalPoolName = "cloudretail-local";

    /// <summary>Cognito's API endpoint: cognito-local when configured, else the region's.</summary>
    public Uri ServiceUrl { get; }

    public bool IsLocal { get; }

    /// <summary>The region the pool is in: the SigV4 scope of the admin operations.</summary>
    public string Region { get; }

    public UserPoolApp App => _app;

    /// <summary>The <c>iss</c> of the pool's tokens, which is also where its signing keys are published.</summary>
    public string? Issuer => App.PoolId is { } poolId ? $"{ServiceUrl.AbsoluteUri.TrimEnd('/')}/{poolId}" : null;

    public bool IsConfigured => App is { PoolId: not null, ClientId: not null };

    /// <summary>Switches to the pool created in cognito-local (configuration did not name one).</summary>
    public void UseLocal(UserPoolApp created) => _app = created;

    private static string? Configured(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : null;
}
