using System.Text.Json;

namespace CloudRetail.Web.Tests.Infrastructure;

/// <summary>
/// One shopper's browser tab. <see cref="CheckPageAsync"/> holds every page to the same bar: no console
/// errors, every picture rendered, no serious or critical axe-core violation; and saves a screenshot.
/// </summary>
public sealed class ShopperTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _consoleErrors = [];

    private ShopperTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsHandledClientError(message.Text))
            {
                lock (_consoleErrors) { _consoleErrors.Add($"{page.Url}: {message.Text}"); }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_consoleErrors) { _consoleErrors.Add($"{page.Url}: uncaught {error}"); }
        };
    }

    public IPage Page { get; }

    public static string ScreenshotDirectory { get; } = Path.Combine(Repository.Root, ".local", "screenshots");

    public static async Task<ShopperTab> OpenAsync(IBrowserContext context) => new(context, await context.NewPageAsync());

    /// <summary>Signs in on the login page; the app then shows the products.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await Page.GotoAsync("/login");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/products$"));
    }

    /// <summary>Checks the page as it now stands and saves <c>.local/screenshots/{name}.png</c>.</summary>
    public async Task CheckPageAsync(string name)
    {
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Page.Locator("[role=status]:has-text('Loading')").WaitForAsync(new() { State = WaitForSelectorState.Detached });

        var broken = await Page.EvaluateAsync<string[]>(
            """
            async () => {
              const images = [...document.images];
              for (const image of images) {
                image.scrollIntoView();
                await image.decode().catch(() => {});
              }
              window.scrollTo(0, 0);
              return images.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src);
            }
            """);
        Assert.True(broken.Length == 0, $"{name}: pictures not rendered: {string.Join(", ", broken)}");

        var violations = await AccessibilityViolationsAsync();
        Assert.True(violations.Length == 0, $"{name}: serious or critical accessibility violations:\n{string.Join("\n", violations)}");

        ExpectNoConsoleErrors(name);

        Directory.CreateDirectory(ScreenshotDirectory);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });
    }

    /// <summary>No script error, no refused script or 5xx, and no console.error from the app so far.</summary>
    public void ExpectNoConsoleErrors(string name)
    {
        lock (_consoleErrors)
        {
            Assert.True(_consoleErrors.Count == 0, $"{name}: console errors:\n{string.Join("\n", _consoleErrors)}");
        }
    }

    /// <summary><see cref="CheckPageAsync"/> on a phone's width (390 px, saved as <c>{name}-phone.png</c>),
    /// and nothing wider than the screen: text wraps, back-office tables become one card per row, and
    /// any other table scrolls inside its own box.</summary>
    public async Task CheckPageAtPhoneWidthAsync(string name)
    {
        var before = Page.ViewportSize;
        await Page.SetViewportSizeAsync(PhoneWidth, 844);
        try
        {
            await CheckPageAsync($"{name}-phone");
            var overflow = await Page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll:not(:has(> .table-stacked)), .table-stacked thead, .visually-hidden'))
                  .slice(0, 5)
                  .map(e => `${e.tagName.toLowerCase()}${e.className ? '.' + String(e.className).split(' ').join('.') : ''} ends at ${Math.round(e.getBoundingClientRect().right)}px`)
                """);
            Assert.True(overflow.Length == 0, $"{name}: wider than a {PhoneWidth} px screen:\n{string.Join("\n", overflow)}");
        }
        finally
        {
            await Page.SetViewportSizeAsync(before?.Width ?? 1280, before?.Height ?? 800);
        }
    }

    public const int PhoneWidth = 390;

    private async Task<string[]> AccessibilityViolationsAsync()
    {
        if (!await Page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await Page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript() });
        }
        var result = await Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        return result.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }

    /// <summary>axe-core 4.14 from the web app's own packages (web/package-lock.json pins it).</summary>
    private static string AxeScript() => Path.Combine(Repository.Root, "web", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Chromium logs each 4xx answer as a console error, whether or not the page handles it
    /// (a 409 for changed prices, a 401 before a token refresh). The pages show those answers; what
    /// must never appear is a 5xx, a script error or the app's own console.error.</summary>
    private static bool IsHandledClientError(string text) =>
        text.StartsWith("Failed to load resource: the server responded with a status of 4", StringComparison.Ordinal);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
