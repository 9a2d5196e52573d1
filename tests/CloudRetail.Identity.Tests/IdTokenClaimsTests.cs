using System.Buffers.Text;
using System.Text;
using CloudRetail.Identity.Domain;

namespace CloudRetail.Identity.Tests;

/// <summary>The profile stored at sign-in holds an e-mail only when Cognito's ID token says it is verified.</summary>
public sealed class IdTokenClaimsTests
{
    [Theory]
    [InlineData("{\"sub\":\"s-1\",\"email\":\"a@t.example\",\"email_verified\":true}")]
    [InlineData("{\"sub\":\"s-1\",\"email\":\"a@t.example\",\"email_verified\":\"true\"}")]
    public void A_verified_e_mail_is_read_with_its_shopper(string payload) =>
        Assert.Equal(("s-1", "a@t.example"), IdTokenClaims.VerifiedEmail(Token(payload)));

    [Theory]
    [InlineData("{\"sub\":\"s-1\",\"email\":\"a@t.example\",\"email_verified\":false}")]
    [InlineData("{\"sub\":\"s-1\",\"email\":\"a@t.example\"}")]
    [InlineData("{\"email\":\"a@t.example\",\"email_verified\":true}")]
    public void An_unverified_or_incomplete_token_gives_nothing(string payload) =>
        Assert.Null(IdTokenClaims.VerifiedEmail(Token(payload)));

    [Theory]
    [InlineData("")]
    [InlineData("not.a-token")]
    [InlineData("a.%%%.c")]
    [InlineData("a.bm90IGpzb24.c")]
    public void A_malformed_token_gives_nothing(string token) => Assert.Null(IdTokenClaims.VerifiedEmail(token));

    private static string Token(string payload) => $"e30.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.sig";
}
