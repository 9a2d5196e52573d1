using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>
/// Access tokens made in the test, for the cases cognito-local will not issue (expired, signed by a
/// stranger). cognito-local signs with a key pair that ships inside its npm package, so a token signed
/// with that key here is exactly what the emulator would have issued; <see cref="StrangerKey"/> is a key
/// the pool never published.
/// </summary>
public static class TokenForge
{
    public const string EmulatorKeyId = "CognitoLocal";

    /// <summary>The emulator's signing key; the file holds it as {"jwk": {...}, "pem": "..."}.</summary>
    public static readonly SecurityKey EmulatorKey = new JsonWebKey(JsonNode.Parse(File.ReadAllText(Path.Combine(
        Repository.Root, "tools", "local-aws", "node_modules", "cognito-local", "lib", "keys", "cognitoLocal.private.json")))!["jwk"]!.ToJsonString());

    public static SecurityKey StrangerKey(string keyId = EmulatorKeyId) => new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>An access token as Cognito shapes one; <paramref name="change"/> alters the claims before signing.</summary>
    public static string AccessToken(string issuer, string clientId, string subject, SecurityKey key,
        DateTimeOffset? expires = null, string[]? groups = null, Action<Dictionary<string, object>>? change = null)
    {
        var now = DateTimeOffset.UtcNow;
        var expiry = expires ?? now.AddHours(1);
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["client_id"] = clientId,
            ["token_use"] = "access",
            ["scope"] = "aws.cognito.signin.user.admin",
            ["username"] = subject,
            ["jti"] = Guid.NewGuid().ToString(),
        };
        if (groups is not null)
        {
            claims["cognito:groups"] = groups;
        }
        change?.Invoke(claims);
        var issuedAt = expiry < now ? expiry.AddHours(-1) : now;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = expiry.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
