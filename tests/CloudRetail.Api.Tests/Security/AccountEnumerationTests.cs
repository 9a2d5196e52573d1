using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Security;

/// <summary>
/// A stranger learns nothing about which e-mail addresses have accounts: resend-code, confirm,
/// forgot-password, reset and login answer an unknown address exactly as a known one. Register is the
/// exception, as Cognito's SignUp is: it must say "User already exists" (docs/security.md).
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class AccountEnumerationTests(ShopApi shop)
{
    [Fact]
    public async Task Resend_code_answers_alike_for_unknown_unconfirmed_and_confirmed_accounts()
    {
        var unconfirmed = ShopApi.NewEmail();
        await shop.RegisterAsync(unconfirmed, ShopApi.CustomerPassword);
        var (_, _, confirmed) = await shop.NewCustomerAsync();

        var answers = await AnswersAsync("/api/auth/resend-code", e => new { email = e }, ShopApi.NewEmail(), unconfirmed, confirmed);

        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        AssertAlike(answers);
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_unknown_and_existing_accounts()
    {
        var (_, _, confirmed) = await shop.NewCustomerAsync();

        var answers = await AnswersAsync("/api/auth/forgot-password", e => new { email = e }, ShopApi.NewEmail(), confirmed);

        Assert.Equal(HttpStatusCode.OK, answers[0].Status);
        AssertAlike(answers);
    }

    [Fact]
    public async Task Confirm_answers_alike_for_unknown_unconfirmed_and_confirmed_accounts()
    {
        var unconfirmed = ShopApi.NewEmail();
        await shop.RegisterAsync(unconfirmed, ShopApi.CustomerPassword);
        var (_, _, confirmed) = await shop.NewCustomerAsync();

        var answers = await AnswersAsync("/api/auth/confirm", e => new { email = e, code = "000000" }, ShopApi.NewEmail(), unconfirmed, confirmed);

        Assert.Equal(HttpStatusCode.BadRequest, answers[0].Status);
        Assert.Equal("Invalid verification code", (string?)answers[0].Body["message"]);
        AssertAlike(answers);
    }

    [Fact]
    public async Task Reset_password_answers_alike_for_unknown_and_existing_accounts()
    {
        var (_, _, confirmed) = await shop.NewCustomerAsync();

        var answers = await AnswersAsync("/api/auth/confirm-forgot-password", e => new { email = e, code = "000000", password = "Renewed123" }, ShopApi.NewEmail(), confirmed);

        Assert.Equal(HttpStatusCode.BadRequest, answers[0].Status);
        AssertAlike(answers);
    }

    [Fact]
    public async Task Login_failures_do_not_say_whether_the_account_exists()
    {
        var (_, _, confirmed) = await shop.NewCustomerAsync();

        var answers = await AnswersAsync("/api/auth/login", e => new { email = e, password = "Wrong12345" }, ShopApi.NewEmail(), confirmed);

        Assert.Equal(HttpStatusCode.Unauthorized, answers[0].Status);
        Assert.Equal("Incorrect username or password", (string?)answers[0].Body["message"]);
        AssertAlike(answers);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)[]> AnswersAsync(string path, Func<string, object> body, params string[] emails)
    {
        var answers = new List<(HttpStatusCode, JsonNode)>();
        foreach (var email in emails)
        {
            var response = await shop.Client.PostJsonAsync(path, body(email));
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            // Only these differ between any two answers.
            json.Remove("traceId");
            json.Remove("requestId");
            answers.Add((response.StatusCode, json));
        }
        return [.. answers];
    }

    private static void AssertAlike((HttpStatusCode Status, JsonNode Body)[] answers)
    {
        foreach (var answer in answers.Skip(1))
        {
            Assert.Equal(answers[0].Status, answer.Status);
            Assert.Equal(answers[0].Body.ToJsonString(), answer.Body.ToJsonString());
        }
    }
}
