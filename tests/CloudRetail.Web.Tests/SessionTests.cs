namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class SessionTests(Storefront shop)
{
    private const string SessionKey = "cloudretail.session";

    [Fact]
    public async Task A_refused_access_token_is_refreshed_once_and_the_page_loads()
    {
        await using var tab = await SignedInShopperAsync();
        var page = tab.Page;
        await SpoilAsync(page, "accessToken");
        var refreshes = 0;
        page.Request += (_, request) => refreshes += request.Url.EndsWith("/api/auth/refresh", StringComparison.Ordinal) ? 1 : 0;

        await page.GotoAsync("/orders");

        await Expect(page.GetByText("No orders yet.")).ToBeVisibleAsync();
        Assert.Equal(1, refreshes);
        Assert.NotEqual("spoiled", await page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('{SessionKey}')).accessToken"));
        await tab.CheckPageAsync("orders-empty");
    }

    [Fact]
    public async Task When_the_refresh_is_refused_too_the_shopper_is_sent_to_sign_in_and_back()
    {
        await using var tab = await SignedInShopperAsync();
        var page = tab.Page;
        await SpoilAsync(page, "accessToken");
        await SpoilAsync(page, "refreshToken");

        await page.GotoAsync("/orders");

        await Expect(page).ToHaveURLAsync(new Regex(@"/login\?returnUrl=%2Forders$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    private async Task<ShopperTab> SignedInShopperAsync()
    {
        var (_, _, email) = await shop.Shop.NewCustomerAsync();
        var tab = await shop.NewShopperAsync();
        await tab.SignInAsync(email, ShopApi.CustomerPassword);
        return tab;
    }

    /// <summary>Replaces a token in the saved session, as an expired or revoked one would be refused.</summary>
    private static async Task SpoilAsync(IPage page, string token) =>
        await page.EvaluateAsync($"() => {{ const s = JSON.parse(localStorage.getItem('{SessionKey}')); s.{token} = 'spoiled'; localStorage.setItem('{SessionKey}', JSON.stringify(s)); }}");
}
