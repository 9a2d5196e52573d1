using System.Diagnostics;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>Swagger UI still works with the security headers on: a real browser (the machine's
/// Debian chromium, headless) loads the page, runs its scripts under /swagger's policy, fetches the
/// OpenAPI document and draws the operations.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SwaggerUnderPolicyTests(ShopApi shop)
{
    [Fact]
    public async Task Swagger_ui_draws_the_api_in_a_browser_under_its_policy()
    {
        var profile = Directory.CreateTempSubdirectory("cloudretail-chromium-").FullName;
        try
        {
            var dom = await DumpDomAsync(new Uri(shop.Client.BaseAddress!, "/swagger/index.html"), profile);

            Assert.Contains("opblock", dom, StringComparison.Ordinal);
            Assert.Contains("/api/orders/checkout", dom, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static async Task<string> DumpDomAsync(Uri page, string profile)
    {
        var start = new ProcessStartInfo("chromium")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--virtual-time-budget=10000", "--dump-dom", page.ToString(),
        })
        {
            start.ArgumentList.Add(argument);
        }
        using var browser = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var dom = browser.StandardOutput.ReadToEndAsync(timeout.Token);
        _ = browser.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await browser.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!browser.HasExited)
            {
                browser.Kill(entireProcessTree: true);
            }
        }
        return await dom;
    }
}
