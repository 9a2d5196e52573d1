using System.Net;
using System.Security.Cryptography;
using System.Text;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CloudRetail.Api.Tests.Security;

/// <summary>
/// The classic forgeries against a JWT API. Each is the control token (accepted) with one thing
/// changed, so the 401 can only come from that change.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class ForgedTokenTests(ShopApi shop)
{
    private const string SignedIn = "/api/cart";

    [Fact]
    public async Task The_control_token_is_accepted()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();

        var response = await CallAsync(TokenForge.AccessToken(issuer, clientId, subject, TokenForge.EmulatorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_401()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();
        var signed = TokenForge.AccessToken(issuer, clientId, subject, TokenForge.EmulatorKey);
        var payload = signed.Split('.')[1];
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + TokenForge.EmulatorKeyId + "\"}");

        await (await CallAsync($"{header}.{payload}.")).ProblemAsync(401, "The access token is not valid");
        await (await CallAsync($"{header}.{payload}")).ProblemAsync(401, "The access token is not valid");
    }

    /// <summary>HS256 signed with a secret, including the pool's public key used as the HMAC secret
    /// (the algorithm-confusion attack).</summary>
    [Fact]
    public async Task A_token_signed_with_hs256_is_401()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();
        var publicKey = Encoding.UTF8.GetBytes(((JsonWebKey)TokenForge.EmulatorKey).N);
        foreach (var secret in new[] { RandomNumberGenerator.GetBytes(32), publicKey })
        {
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = issuer,
                Claims = new Dictionary<string, object> { ["sub"] = subject, ["client_id"] = clientId, ["token_use"] = "access" },
                Expires = DateTime.UtcNow.AddHours(1),
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = TokenForge.EmulatorKeyId }, SecurityAlgorithms.HmacSha256),
            });

            await (await CallAsync(token)).ProblemAsync(401, "The access token is not valid");
        }
    }

    [Fact]
    public async Task A_token_of_another_issuer_is_401_even_signed_with_the_pool_key()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();
        var poolId = issuer[(issuer.LastIndexOf('/') + 1)..];

        var response = await CallAsync(TokenForge.AccessToken($"https://cognito-idp.us-east-1.amazonaws.com/{poolId}", clientId, subject, TokenForge.EmulatorKey));

        await response.ProblemAsync(401, "The access token is not valid");
    }

    [Fact]
    public async Task A_token_without_token_use_is_401()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();

        var response = await CallAsync(TokenForge.AccessToken(issuer, clientId, subject, TokenForge.EmulatorKey, change: c => c.Remove("token_use")));

        await response.ProblemAsync(401, "Not an access token: send the accessToken from login, not the idToken");
    }

    /// <summary>At most 60 s of clock skew: a token 30 s past its expiry still passes, 90 s past does not.</summary>
    [Fact]
    public async Task Clock_skew_allowed_on_expiry_is_at_most_60_seconds()
    {
        var (issuer, clientId, subject) = await RealClaimsAsync();
        var now = DateTimeOffset.UtcNow;

        var justExpired = await CallAsync(TokenForge.AccessToken(issuer, clientId, subject, TokenForge.EmulatorKey, expires: now.AddSeconds(-30)));
        var expired = await CallAsync(TokenForge.AccessToken(issuer, clientId, subject, TokenForge.EmulatorKey, expires: now.AddSeconds(-90)));

        Assert.Equal(HttpStatusCode.OK, justExpired.StatusCode);
        await expired.ProblemAsync(401, "The access token has expired: refresh it or sign in again");
    }

    private async Task<(string Issuer, string ClientId, string Subject)> RealClaimsAsync()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        var real = new JsonWebToken(customer.DefaultRequestHeaders.Authorization!.Parameter);
        return (real.Issuer, real.GetClaim("client_id").Value, real.Subject);
    }

    private async Task<HttpResponseMessage> CallAsync(string token)
    {
        using var client = shop.ClientWithToken(token);
        return await client.GetAsync(SignedIn);
    }
}
