namespace CloudRetail.Web.Tests;

/// <summary>index.html asks for a landing page's first API answers while the app's JavaScript
/// downloads (a preload, so that a phone does not wait for the bundle to run before its first
/// round trip to the API); the page must then take those answers, not ask a second time. The tabs
/// hold the page to the API's Content-Security-Policy, which allows that inline script by its hash.</summary>
[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class LandingPageTests(Storefront shop)
{
    [Theory]
    [InlineData("/", "/api/products?limit=4")]
    [InlineData("/products", "/api/products?limit=8")]
    public async Task A_catalogue_page_asks_for_its_first_products_once_ahead_of_the_app(string page, string firstCall)
    {
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var calls = RecordApiCalls(tab.Page);

        await tab.Page.GotoAsync(page);

        await Expect(tab.Page.Locator("app-product-card a").First).ToBeVisibleAsync();
        Assert.Equal([Preloaded(firstCall)], calls.Where(call => call.Path == firstCall));
        tab.ExpectNoConsoleErrors(page);
    }

    [Fact]
    public async Task A_product_page_asks_for_the_product_and_its_stock_once_each_ahead_of_the_app()
    {
        var admin = await shop.Shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12.00m, category: "Books", stock: 3);
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var calls = RecordApiCalls(tab.Page);

        await tab.Page.GotoAsync($"/products/{productId}");

        await Expect(tab.Page.GetByTestId("stock-badge")).ToHaveTextAsync("Only 3 left");
        Assert.Equal(
            [Preloaded($"/api/inventory/{productId}"), Preloaded($"/api/products/{productId}")],
            calls.Where(call => call.Path.EndsWith(productId, StringComparison.Ordinal)).OrderBy(call => call.Path, StringComparer.Ordinal));
        tab.ExpectNoConsoleErrors(productId);
    }

    [Fact]
    public async Task A_search_result_page_is_not_preloaded_and_asks_for_exactly_what_it_shows()
    {
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var calls = RecordApiCalls(tab.Page);

        await tab.Page.GotoAsync("/products?q=zzzz");

        await Expect(tab.Page.GetByText("No products match your search.")).ToBeVisibleAsync();
        Assert.Equal([new ApiCall("/api/products?q=zzzz&limit=8", "fetch")], calls.Where(call => call.Path.StartsWith("/api/products", StringComparison.Ordinal)));
        tab.ExpectNoConsoleErrors("search");
    }

    private sealed record ApiCall(string Path, string ResourceType);

    /// <summary>Chromium reports a preload's request as "other" and the app's own as "fetch": a page
    /// that took the preloaded answer sent no request of its own.</summary>
    private static ApiCall Preloaded(string path) => new(path, "other");

    private static List<ApiCall> RecordApiCalls(IPage page)
    {
        var calls = new List<ApiCall>();
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                lock (calls) { calls.Add(new ApiCall(url.PathAndQuery, request.ResourceType)); }
            }
        };
        return calls;
    }
}
