using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using CloudRetail.Identity.Endpoints;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Identity.Tests;

public sealed class ValidatorTests
{
    [Theory]
    [InlineData("Secure123", true)]
    [InlineData("aB3aaaaa", true)]
    [InlineData("aB3aaaa", false)]
    [InlineData("secure123", false)]
    [InlineData("SECURE123", false)]
    [InlineData("SecurePass", false)]
    [InlineData("Ünïcödé123", false)]
    [InlineData("", false)]
    public void The_password_policy_is_8_characters_with_upper_lower_and_digit(string password, bool met)
    {
        Assert.Equal(met, PasswordPolicy.IsMet(password));
    }

    [Theory]
    [InlineData(null, null, "email and password are required")]
    [InlineData("a@t.example", "", "email and password are required")]
    [InlineData("", "Secure123", "email and password are required")]
    [InlineData("not-an-email", "Secure123", ShopperEmails.Rule)]
    [InlineData("a@t.example", "weakpass", PasswordPolicy.Rule)]
    public void Registration_names_what_is_missing_or_weak(string? email, string? password, string message)
    {
        var result = new RegisterValidator().Validate(new RegisterRequest(email!, password!));

        Assert.False(result.IsValid);
        Assert.Equal([message], result.Errors.Select(e => e.ErrorMessage).Distinct());
    }

    [Fact]
    public void Login_accepts_a_password_that_predates_the_policy()
    {
        Assert.True(new LoginValidator().Validate(new LoginRequest("a@t.example", "old")).IsValid);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("the-secret", false)]
    public void Refreshing_needs_the_user_id_only_when_the_app_client_has_a_secret(string? secret, bool validWithoutUserId)
    {
        var pool = new UserPool(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["COGNITO_CLIENT_ID"] = "client",
            ["COGNITO_USER_POOL_ID"] = "pool",
            ["COGNITO_CLIENT_SECRET"] = secret,
        }).Build());

        var result = new RefreshValidator(pool).Validate(new RefreshRequest("refresh-token", null));

        Assert.Equal(validWithoutUserId, result.IsValid);
    }

    [Fact]
    public void Addresses_differing_only_in_case_or_spaces_are_one_account()
    {
        Assert.Equal("ann@example.com", ShopperEmails.Normalize("  Ann@Example.COM "));
    }
}
