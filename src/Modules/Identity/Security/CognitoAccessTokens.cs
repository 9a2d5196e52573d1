using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CloudRetail.Identity.Security;

/// <summary>
/// Bearer tokens are Cognito access tokens of our pool, issued to our app client. Options are built
/// on first use, after start-up has settled which pool that is (locally it is created at start-up).
/// </summary>
internal sealed class CognitoAccessTokens(UserPool pool, TimeProvider clock) : IConfigureNamedOptions<JwtBearerOptions>
{
    /// <summary>A key read that hangs must not hold every signed-in request for the default 100 seconds.</summary>
    private static readonly HttpClient KeysHttp = new() { Timeout = TimeSpan.FromSeconds(5) };

    public const string TokenUse = "token_use";
    public const string ClientId = "client_id";
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(60);

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme)
        {
            return;
        }
        var issuer = pool.Issuer;
        // Claims keep Cognito's names (sub, cognito:groups) instead of being mapped to WS-* URIs.
        options.MapInboundClaims = false;
        // Logout hands the caller's own token to Cognito's GlobalSignOut.
        options.SaveToken = true;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateIssuer = true,
            // Access tokens carry client_id, not aud; it is checked below instead.
            ValidateAudience = false,
            ValidateLifetime = true,
            // Cognito's clocks and ours agree to within seconds; the 5-minute default would keep a
            // token alive well past its expiry.
            ClockSkew = MaxClockSkew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            NameClaimType = ShopperClaims.Subject,
            RoleClaimType = ShopperClaims.Groups,
        };
        if (issuer is not null)
        {
            // The keys are read from the pool's JWKS, cached, and read again when a token names a key
            // not seen before (JwtBearerOptions.RefreshOnIssuerKeyNotFound), as after a key rotation.
            options.ConfigurationManager = new PoolSigningKeys(() => new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{issuer}/.well-known/jwks.json",
                new SigningKeysRetriever(issuer),
                new HttpDocumentRetriever(KeysHttp) { RequireHttps = !pool.IsLocal }), clock);
        }
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = RequireAccessTokenOfOurClient,
            OnAuthenticationFailed = PoolSigningKeys.ReportUnavailable,
            OnChallenge = TokenProblems.WriteUnauthorizedAsync,
            OnForbidden = TokenProblems.WriteForbiddenAsync,
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);

    private Task RequireAccessTokenOfOurClient(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        if (principal.FindFirst(TokenUse)?.Value != "access")
        {
            context.Fail("Not an access token: send the accessToken from login, not the idToken");
        }
        else if (pool.App.ClientId is not { } clientId || principal.FindFirst(ClientId)?.Value != clientId)
        {
            context.Fail("The access token was issued to another app client");
        }
        return Task.CompletedTask;
    }

    /// <summary>Cognito publishes its keys at {issuer}/.well-known/jwks.json. The OpenID document next to
    /// it is not used: cognito-local's names a fixed localhost:9229, whatever port it runs on.</summary>
    private sealed class SigningKeysRetriever(string issuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
        {
            var keys = new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel));
            var configuration = new OpenIdConnectConfiguration { Issuer = issuer, JwksUri = address, JsonWebKeySet = keys };
            foreach (var key in keys.GetSigningKeys())
            {
                configuration.SigningKeys.Add(key);
            }
            return configuration;
        }
    }
}
