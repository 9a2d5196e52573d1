using System.Text.Json;
using System.Text.RegularExpressions;

namespace CloudRetail.Web.Tests;

/// <summary>index.html's own script asks for a landing page's first API answers while the app's
/// JavaScript downloads, and for the page's first picture as soon as an answer names it, so that a
/// phone does not wait for the bundle to run before those round trips. The app must then take those
/// answers, not ask a second time. The tabs hold the page to the API's Content-Security-Policy, which
/// allows that inline script by its hash. Who asked is Chromium's own account of each request
/// (its initiator): the page's document, or one of the app's bundles. The bundle itself asks the
/// browser to compile it while it downloads, rather than function by function in the bootstrap.</summary>
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
        var requests = await RecordRequestsAsync(tab.Page);

        await tab.Page.GotoAsync(page);

        await Expect(tab.Page.Locator("app-product-card a").First).ToBeVisibleAsync();
        Assert.Equal([AskedByThePage(firstCall)], requests.To(firstCall));
        tab.ExpectNoConsoleErrors(page);
    }

    [Fact]
    public async Task A_product_page_asks_for_the_product_its_stock_and_its_picture_once_each_ahead_of_the_app()
    {
        var productId = await ProductWithAPictureAsync();
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var requests = await RecordRequestsAsync(tab.Page);

        await tab.Page.GotoAsync($"/products/{productId}");

        var picture = tab.Page.Locator("article.product img.picture");
        await Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.Equal([AskedByThePage($"/api/products/{productId}")], requests.To($"/api/products/{productId}"));
        Assert.Equal([AskedByThePage($"/api/inventory/{productId}")], requests.To($"/api/inventory/{productId}"));
        var pictureUrl = await picture.GetAttributeAsync("src");
        Assert.Equal([AskedByThePage(PathOf(pictureUrl!))], requests.To(PathOf(pictureUrl!)));
        tab.ExpectNoConsoleErrors(productId);
    }

    [Fact]
    public async Task A_product_page_whose_answers_fail_shows_the_apis_own_answer()
    {
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var requests = await RecordRequestsAsync(tab.Page);

        await tab.Page.GotoAsync("/products/NO-SUCH-PRODUCT");

        await Expect(tab.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not found", new() { IgnoreCase = true });
        Assert.Equal(
            [AskedByThePage("/api/products/NO-SUCH-PRODUCT"), AskedByTheApp("/api/products/NO-SUCH-PRODUCT")],
            requests.To("/api/products/NO-SUCH-PRODUCT"));
    }

    [Fact]
    public async Task A_search_result_page_is_not_preloaded_and_asks_for_exactly_what_it_shows()
    {
        await using var tab = await shop.NewShopperUnderThePolicyAsync();
        var requests = await RecordRequestsAsync(tab.Page);

        await tab.Page.GotoAsync("/products?q=zzzz");

        await Expect(tab.Page.GetByText("No products match your search.")).ToBeVisibleAsync();
        Assert.Equal([AskedByTheApp("/api/products?q=zzzz&limit=8")], requests.Where(request => request.Path.StartsWith("/api/products", StringComparison.Ordinal)));
        tab.ExpectNoConsoleErrors("search");
    }

    [Fact]
    public async Task The_first_pages_scripts_ask_the_browser_to_compile_them_while_they_download()
    {
        var index = await shop.Shop.Client.GetStringAsync("/");

        var scripts = Regex.Matches(index, "<script[^>]*\\ssrc=\"([^\"]+\\.js)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var code = await shop.Shop.Client.GetStringAsync($"/{script}");
            Assert.StartsWith("//# allFunctionsCalledOnLoad\n", code, StringComparison.Ordinal);
        }
    }

    private async Task<string> ProductWithAPictureAsync()
    {
        var page = await shop.Shop.Client.GetJsonAsync("/api/products?limit=100");
        return page["items"]!.AsArray().Select(item => item!).First(item => item["imageUrl"] is not null)["productId"]!.GetValue<string>();
    }

    private sealed record Request(string Path, string AskedBy);

    private static Request AskedByThePage(string path) => new(path, "the page");

    private static Request AskedByTheApp(string path) => new(path, "the app");

    private static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>Every request the tab sends, with who asked: a script running in the document itself
    /// (index.html's), or one of the app's bundles.</summary>
    private static async Task<Requests> RecordRequestsAsync(IPage page)
    {
        var requests = new Requests();
        var devTools = await page.Context.NewCDPSessionAsync(page);
        devTools.Event("Network.requestWillBeSent").OnEvent += (_, sent) =>
        {
            if (sent is { } message)
            {
                requests.Add(message);
            }
        };
        await devTools.SendAsync("Network.enable");
        return requests;
    }

    private sealed class Requests : List<Request>
    {
        public void Add(JsonElement sent)
        {
            var url = new Uri(sent.GetProperty("request").GetProperty("url").GetString()!);
            if (url.Scheme is not ("http" or "https"))
            {
                return;
            }
            var document = sent.GetProperty("documentURL").GetString();
            var scripts = ScriptsOnTheStack(sent.GetProperty("initiator")).ToList();
            var askedBy = scripts.Count > 0 && scripts.All(script => script == document) ? "the page"
                : scripts.Count > 0 ? "the app"
                : sent.GetProperty("initiator").GetProperty("type").GetString()!;
            lock (this) { Add(new Request(url.PathAndQuery, askedBy)); }
        }

        public List<Request> To(string path)
        {
            lock (this) { return this.Where(request => request.Path == path).ToList(); }
        }

        private static IEnumerable<string> ScriptsOnTheStack(JsonElement initiator)
        {
            for (var stack = initiator.TryGetProperty("stack", out var top) ? top : (JsonElement?)null;
                 stack is { } frames;
                 stack = frames.TryGetProperty("parent", out var parent) ? parent : null)
            {
                foreach (var frame in frames.GetProperty("callFrames").EnumerateArray())
                {
                    yield return frame.GetProperty("url").GetString()!;
                }
            }
        }
    }
}
