using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Identity;

/// <summary>A shopper's account from sign-up to sign-out, through the API against cognito-local,
/// with codes read where a developer reads them: the emulator's output.</summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class AccountJourneyTests(ShopApi shop)
{
    private const string Password = "Journey123";

    [Fact]
    public async Task Register_confirm_login_refresh_and_logout_revokes_the_refresh_token()
    {
        var email = ShopApi.NewEmail();

        var registered = await (await shop.Client.PostJsonAsync("/api/auth/register", new { email, password = Password })).JsonAsync();
        Assert.Equal("User registered. Check email for confirmation code.", (string?)registered["message"]);
        Assert.False((bool)registered["userConfirmed"]!);
        var userId = (string)registered["userSub"]!;

        var code = await Codes().WaitForAsync(email);
        var confirmed = await (await shop.Client.PostJsonAsync("/api/auth/confirm", new { email, code })).JsonAsync();
        Assert.Equal("Email confirmed successfully", (string?)confirmed["message"]);

        var login = await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = Password });
        var signedIn = await login.JsonAsync();
        Assert.Equal("Login successful", (string?)signedIn["message"]);
        var tokens = signedIn["tokens"]!;
        Assert.Equal("Bearer", (string?)tokens["tokenType"]);
        Assert.Equal(3600, (int)tokens["expiresIn"]!);
        Assert.False(string.IsNullOrEmpty((string?)tokens["idToken"]));
        var refreshToken = (string)tokens["refreshToken"]!;

        using var client = shop.ClientWithToken((string)tokens["accessToken"]!);
        var me = await client.GetJsonAsync("/api/auth/me");
        Assert.Equal(userId, (string?)me["id"]);
        Assert.Equal(email, (string?)me["email"]);
        Assert.True((bool)me["emailVerified"]!);
        Assert.Equal(["customer"], me["roles"]!.AsArray().Select(r => (string)r!));

        var refreshed = await (await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId })).JsonAsync();
        Assert.Equal("Token refreshed", (string?)refreshed["message"]);
        using var refreshedClient = shop.ClientWithToken((string)refreshed["tokens"]!["accessToken"]!);
        Assert.Equal(userId, (string?)(await refreshedClient.GetJsonAsync("/api/auth/me"))["id"]);

        var loggedOut = await (await client.PostAsync("/api/auth/logout", content: null)).JsonAsync();
        Assert.Equal("Logged out successfully", (string?)loggedOut["message"]);

        var again = await shop.Client.PostJsonAsync("/api/auth/refresh", new { refreshToken, userId });
        var problem = await again.ProblemAsync(401, "Refresh token is invalid, expired or revoked: sign in again");
        Assert.Equal("NotAuthorizedException", (string?)problem["error"]);
    }

    [Fact]
    [Trait(ShippedBinary.Host, ShippedBinary.InProcessOnly)]
    public async Task Other_modules_get_a_confirmed_shoppers_verified_email_through_IShoppers()
    {
        var (_, _, email) = await shop.NewCustomerAsync();
        var accessToken = (string)(await shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!;
        var shoppers = shop.Services.GetRequiredService<IShoppers>();

        Assert.Equal(email, await shoppers.GetVerifiedEmailAsync(accessToken, CancellationToken.None));
    }

    [Fact]
    public async Task An_admin_sees_the_admin_role()
    {
        var admin = await shop.AdminClientAsync();

        var me = await admin.GetJsonAsync("/api/auth/me");

        Assert.Equal(ShopApi.AdminEmail, (string?)me["email"]);
        Assert.Equal(["admin"], me["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task A_resent_code_confirms_and_the_first_one_no_longer_does()
    {
        var email = ShopApi.NewEmail();
        await shop.RegisterAsync(email, Password);
        var first = await Codes().WaitForAsync(email);

        var resent = await (await shop.Client.PostJsonAsync("/api/auth/resend-code", new { email })).JsonAsync();
        var second = await Codes().WaitForAsync(email, nth: 2);

        Assert.Equal("Confirmation code sent", (string?)resent["message"]);
        if (first != second)
        {
            await (await shop.Client.PostJsonAsync("/api/auth/confirm", new { email, code = first })).ProblemAsync(400, "Invalid verification code");
        }
        Assert.Equal(HttpStatusCode.OK, (await shop.Client.PostJsonAsync("/api/auth/confirm", new { email, code = second })).StatusCode);
        await shop.LoginAsync(email, Password);
    }

    [Fact]
    public async Task A_forgotten_password_is_replaced_with_the_emailed_code()
    {
        var (_, _, email) = await shop.NewCustomerAsync();
        var codesBefore = Codes().CountFor(email);

        var sent = await (await shop.Client.PostJsonAsync("/api/auth/forgot-password", new { email })).JsonAsync();
        var code = await Codes().WaitForAsync(email, nth: codesBefore + 1);
        var wrong = await shop.Client.PostJsonAsync("/api/auth/confirm-forgot-password", new { email, code = code + "9", password = "Renewed123" });
        var reset = await shop.Client.PostJsonAsync("/api/auth/confirm-forgot-password", new { email, code, password = "Renewed123" });

        Assert.Equal("Password reset code sent", (string?)sent["message"]);
        await wrong.ProblemAsync(400, "Invalid verification code");
        Assert.Equal("Password reset successfully", (string?)(await reset.JsonAsync())["message"]);
        await (await shop.Client.PostJsonAsync("/api/auth/login", new { email, password = ShopApi.CustomerPassword }))
            .ProblemAsync(401, "Incorrect username or password");
        await shop.LoginAsync(email, "Renewed123");
    }

    private ConfirmationCodes Codes() =>
        shop.Emulators.Codes ?? throw new InvalidOperationException("These tests read codes from emulators the test run started");
}
