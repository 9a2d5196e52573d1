namespace CloudRetail.Web.Tests.Infrastructure;

/// <summary>
/// The real shop for the browser: the emulators and the API (with the demo catalog and its pictures)
/// on a real Kestrel port, serving the built web app from web/dist, and one headless Debian Chromium.
/// </summary>
public sealed class Storefront : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public Storefront()
    {
        Shop = new ShopApi
        {
            Settings = new Dictionary<string, string?>
            {
                [ShopSettings.StorefrontRoot] = BuiltApp(),
                [ShopApi.DemoDataSetting] = "true",
                // The e-mails' links name this host; tests follow a link's path on the real one.
                [ShopSettings.StorefrontUrl] = MailedStorefront,
            },
        };
    }

    public const string MailedStorefront = "https://shop.example";

    public ShopApi Shop { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Shop.Client.BaseAddress!;

    public string SesUrl => Shop.Emulators.Urls.Ses;

    public async Task InitializeAsync()
    {
        await Shop.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium(),
            Headless = true,
            // Playwright gives each launch a fresh, temporary --user-data-dir.
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (no cookies, no storage): one shopper.</summary>
    public Task<ShopperTab> NewShopperAsync() =>
        // The accessibility check adds axe-core as a script tag, which the API's
        // Content-Security-Policy (script-src 'self') rightly refuses to a page.
        NewTabAsync(bypassContentSecurityPolicy: true);

    /// <summary>A fresh shopper whose browser holds the pages to the API's Content-Security-Policy,
    /// as every real browser does: a refused script is a console error. No accessibility check here.</summary>
    public Task<ShopperTab> NewShopperUnderThePolicyAsync() => NewTabAsync(bypassContentSecurityPolicy: false);

    private async Task<ShopperTab> NewTabAsync(bool bypassContentSecurityPolicy)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-US",
            BypassCSP = bypassContentSecurityPolicy,
        });
        context.SetDefaultTimeout(15_000);
        return await ShopperTab.OpenAsync(context);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await Shop.DisposeAsync();
    }

    /// <summary>The production build test.sh makes before the tests (ng build into web/dist).</summary>
    private static string BuiltApp()
    {
        var root = Path.Combine(Repository.Root, "web", "dist", "storefront", "browser");
        return File.Exists(Path.Combine(root, "index.html"))
            ? root
            : throw new InvalidOperationException($"The web app is not built ({root}): run ./test.sh, or `npx ng build` in web/");
    }

    /// <summary>Debian's chromium from PATH (tools/prerequisites.sh installs it); never a downloaded browser.</summary>
    private static string Chromium()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("chromium is not on PATH: tools/prerequisites.sh installs it (apt-get install chromium)");
    }
}

/// <summary>Every browser test class joins this collection and so shares one shop and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class StorefrontCollection : ICollectionFixture<Storefront>
{
    public const string Name = "storefront";
}
