using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CloudRetail.Api.Tests.Identity;

/// <summary>
/// Only an unexpired access token of our pool, signed with a key the pool publishes and issued to
/// our app client, gets in. Each refusal is checked against a control that differs from it in that
/// one respect and is accepted, so a 401 here cannot come from something else being wrong.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class AccessTokenTests(ShopApi shop)
{
    private const string AdminOnly = "/api/health/db-test";

    [Fact]
    public async Task A_token_exactly_as_the_pool_issues_it_is_accepted()
    {
        var token = await ForgedAdminTokenAsync(TokenForge.EmulatorKey);

        var response = await Call(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_401()
    {
        var sameKeyId = await ForgedAdminTokenAsync(TokenForge.StrangerKey());
        var unknownKeyId = await ForgedAdminTokenAsync(TokenForge.StrangerKey(keyId: "rotated-" + Guid.NewGuid()));

        await (await Call(sameKeyId)).ProblemAsync(401, "The access token is not valid");
        await (await Call(unknownKeyId)).ProblemAsync(401, "The access token is not valid");
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var token = await ForgedAdminTokenAsync(TokenForge.EmulatorKey, expires: DateTimeOffset.UtcNow.AddMinutes(-10));

        var response = await Call(token);

        await response.ProblemAsync(401, "The access token has expired: refresh it or sign in again");
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_token_used_as_access_token_is_401()
    {
        var tokens = await shop.LoginAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);

        var withAccessToken = await Call((string)tokens["accessToken"]!);
        var withIdToken = await Call((string)tokens["idToken"]!);

        Assert.Equal(HttpStatusCode.OK, withAccessToken.StatusCode);
        await withIdToken.ProblemAsync(401, "Not an access token: send the accessToken from login, not the idToken");
    }

    [Fact]
    public async Task A_token_issued_to_another_app_client_is_401()
    {
        var (_, _, email) = await shop.NewCustomerAsync();
        var otherClient = await shop.Cognito.CreateAppClientAsync($"other-{Guid.NewGuid():N}");
        var ours = await shop.LoginAsync(email, ShopApi.CustomerPassword);
        var theirs = await shop.Cognito.SignInAsync(otherClient, email, ShopApi.CustomerPassword);

        using var oursClient = shop.ClientWithToken((string)ours["accessToken"]!);
        using var theirsClient = shop.ClientWithToken((string)theirs["AccessToken"]!);

        Assert.Equal(HttpStatusCode.OK, (await oursClient.GetAsync("/api/auth/me")).StatusCode);
        await (await theirsClient.GetAsync("/api/auth/me")).ProblemAsync(401, "The access token was issued to another app client");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-jwt")]
    public async Task No_token_or_garbage_is_401(string? token)
    {
        using var client = token is null ? shop.Factory.CreateClient() : shop.ClientWithToken(token);

        var response = await client.PostAsync(AdminOnly, content: null);

        await response.ProblemAsync(401, token is null ? "Sign-in required: send 'Authorization: Bearer <accessToken>'" : "The access token is not valid");
    }

    /// <summary>Claims copied from a real admin access token, re-signed by <paramref name="key"/>.</summary>
    private async Task<string> ForgedAdminTokenAsync(Microsoft.IdentityModel.Tokens.SecurityKey key, DateTimeOffset? expires = null)
    {
        var real = new JsonWebToken((string)(await shop.LoginAsync(ShopApi.AdminEmail, ShopApi.AdminPassword))["accessToken"]!);
        return TokenForge.AccessToken(real.Issuer, real.GetClaim("client_id").Value, real.Subject, key, expires, groups: ["admin"]);
    }

    private async Task<HttpResponseMessage> Call(string token)
    {
        using var client = shop.ClientWithToken(token);
        return await client.PostAsync(AdminOnly, content: null);
    }
}
