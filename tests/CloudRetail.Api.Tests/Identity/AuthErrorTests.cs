using System.Net;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Api.Tests.Identity;

/// <summary>The auth error table (docs/compatibility.md), each case with its status and message, as problem+json. How each
/// Cognito refusal maps is CloudRetail.Identity.Tests' (AccountHandlerTests, CognitoErrorTests).</summary>
[Collection(ShopApiCollection.Name)]
public sealed class AuthErrorTests(ShopApi shop)
{
    [Theory]
    [InlineData("/api/auth/register", "{\"email\": \"a@t.example\"}")]
    [InlineData("/api/auth/register", "{\"password\": \"Secure123\"}")]
    [InlineData("/api/auth/register", "{}")]
    [InlineData("/api/auth/login", "{\"email\": \"a@t.example\", \"password\": \"\"}")]
    [InlineData("/api/auth/login", "{}")]
    public async Task Missing_credentials_are_400(string path, string body)
    {
        var response = await shop.Client.SendRawAsync(HttpMethod.Post, path, body);

        await response.ProblemAsync(400, "email and password are required");
    }

    [Theory]
    [InlineData("/api/auth/register")]
    [InlineData("/api/auth/login")]
    [InlineData("/api/auth/confirm")]
    public async Task Invalid_json_is_400(string path)
    {
        var response = await shop.Client.SendRawAsync(HttpMethod.Post, path, "{\"email\": ");

        await response.ProblemAsync(400, "Invalid JSON body");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_wrong_password_or_unknown_user_is_401_with_the_same_answer(bool knownUser)
    {
        var email = knownUser ? (await shop.NewCustomerAsync()).Email : ShopApi.NewEmail();

        var response = await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = "Wrong1234" });

        var problem = await response.ProblemAsync(401, "Incorrect username or password");
        Assert.Equal("NotAuthorizedException", (string?)problem["error"]);
    }

    [Fact]
    public async Task Logging_in_before_confirming_is_403_saying_so()
    {
        var email = ShopApi.NewEmail();
        await shop.RegisterAsync(email, "Secure123");

        var response = await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = "Secure123" });

        var problem = await response.ProblemAsync(403, "Email not confirmed: enter the code we sent, or ask for a new one");
        Assert.Equal("UserNotConfirmedException", (string?)problem["error"]);
    }

    [Theory]
    [InlineData("Short1A")]
    [InlineData("alllowercase1")]
    [InlineData("ALLUPPERCASE1")]
    [InlineData("NoDigitsHere")]
    public async Task A_password_outside_the_policy_is_400_before_cognito_sees_it(string password)
    {
        var email = ShopApi.NewEmail();

        var response = await shop.Client.PostJsonAsync("/api/auth/register", new { email, password });

        var problem = await response.ProblemAsync(400, "password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit");
        Assert.NotNull(problem["errors"]?["password"]);
        // Nothing reached Cognito: the same address can still register.
        await shop.RegisterAsync(email, "Secure123");
    }

    [Fact]
    public async Task Without_an_app_client_auth_answers_500_the_start_up_log_says_why_and_the_catalog_still_serves()
    {
        // No local pool (CreateResources off) and no COGNITO_* configuration.
        await using var factory = shop.StartHost((LocalAwsOptions.CreateResourcesSetting, "false"));
        using var client = factory.CreateClient();

        var register = await client.PostJsonAsync("/api/auth/register", new { email = ShopApi.NewEmail(), password = "Secure123" });
        var login = await client.PostJsonAsync("/api/auth/login", new { email = ShopApi.NewEmail(), password = "Secure123" });
        var products = await client.GetAsync("/api/products?limit=1");

        await register.ProblemAsync(500, "Missing COGNITO_CLIENT_ID / COGNITO_CLIENT_SECRET");
        await login.ProblemAsync(500, "Missing COGNITO_CLIENT_ID / COGNITO_CLIENT_SECRET");
        Assert.Equal(HttpStatusCode.OK, products.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Missing COGNITO_CLIENT_ID / COGNITO_CLIENT_SECRET", StringComparison.Ordinal));
    }
}
