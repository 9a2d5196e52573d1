using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.RateLimits;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>
/// A whole shopping journey on a host that logs everything down to Trace, framework included, then
/// a read of every line: nothing a thief could use (token, password, confirmation code, e-mail
/// address), and every line written for a request names that request and its trace.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed partial class JourneyLogTests(ShopApi shop)
{
    [Fact]
    public async Task A_full_journey_logs_no_token_password_code_or_email_address()
    {
        await using var verbose = StartVerbose();
        var journey = await WalkAsync(verbose);

        var lines = verbose.Logs.Lines;
        Assert.Contains(lines, l => l.Text.Contains("/api/orders/checkout", StringComparison.Ordinal));
        var secrets = new List<string> { journey.Password, journey.WrongPassword, journey.Email };
        foreach (var token in journey.Tokens)
        {
            secrets.Add(token);
            secrets.Add(token.Split('.')[^1]);
        }
        foreach (var line in lines)
        {
            Assert.DoesNotContain(secrets, secret => line.Text.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.False(EmailAddress().IsMatch(line.Text), $"e-mail address in: {line.Text}");
            Assert.False(journey.Code is { } code && Regex.IsMatch(line.Text, $"(?<![0-9.]){code}(?![0-9.])"), $"confirmation code in: {line.Text}");
        }
    }

    [Fact]
    public async Task Every_line_written_for_a_request_carries_its_request_id_and_trace_id()
    {
        await using var verbose = StartVerbose();
        var journey = await WalkAsync(verbose);

        var requestLines = verbose.Logs.Lines.Where(l => l.Properties.ContainsKey("RequestPath")).ToList();
        Assert.NotEmpty(requestLines);
        Assert.All(requestLines, l => Assert.Matches("^[0-9a-f]{32}$", l.Properties.GetValueOrDefault("TraceId") ?? ""));
        var checkout = verbose.Logs.Lines.Where(l => l.Properties.GetValueOrDefault("RequestId") == journey.CheckoutRequestId).ToList();
        Assert.Contains(checkout, l => l.Properties["RequestPath"] == "/api/orders/checkout");
        Assert.Single(checkout.Select(l => l.Properties["TraceId"]).Distinct());
    }

    private ShopApiFactory StartVerbose() => shop.StartHost(("Logging:LogLevel:Default", "Trace"),
        ("Logging:LogLevel:Microsoft.AspNetCore", "Trace"),
        ("Logging:LogLevel:System.Net.Http.HttpClient", "Trace"));

    private sealed record Journey(string Email, string Password, string WrongPassword, string? Code, List<string> Tokens, string CheckoutRequestId);

    /// <summary>Register, confirm, a wrong and a right login, refresh, add to cart, check out, pay.</summary>
    private async Task<Journey> WalkAsync(ShopApiFactory host)
    {
        using var client = host.CreateClient();
        var email = ShopApi.NewEmail();
        const string password = "Journey-Pass1";
        const string wrongPassword = "Journey-Wrong1";
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/auth/register", new { email, password })).StatusCode);
        string? code = null;
        if (shop.Emulators.Codes is { } codes)
        {
            code = await codes.WaitForAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/auth/confirm", new { email, code })).StatusCode);
        }
        else
        {
            await shop.Cognito.ConfirmAsync(email);
        }
        await (await client.PostJsonAsync("/api/auth/login", new { email, password = wrongPassword })).ProblemAsync(401);
        var tokens = (await (await client.PostJsonAsync("/api/auth/login", new { email, password })).JsonAsync())["tokens"]!;
        var accessToken = (string)tokens["accessToken"]!;
        var refreshToken = (string)tokens["refreshToken"]!;
        client.DefaultRequestHeaders.Authorization = SignedInClients.Bearer(accessToken);
        var userId = (string)(await client.GetJsonAsync("/api/auth/me"))["id"]!;
        var refreshed = await (await client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId })).JsonAsync();

        var productId = await (await shop.AdminClientAsync()).CreateProductAsync(stock: 3);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        var checkout = await client.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var orderId = (string)(await checkout.JsonAsync())["order"]!["orderId"]!;
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);

        List<string> allTokens = [accessToken, (string)tokens["idToken"]!, refreshToken, .. refreshed["tokens"]!.AsObject()
            .Where(t => t.Key.EndsWith("Token", StringComparison.Ordinal) && t.Value is not null).Select(t => (string)t.Value!)];
        return new Journey(email, password, wrongPassword, code, allTokens, checkout.Headers.GetValues("X-Request-Id").Single());
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
