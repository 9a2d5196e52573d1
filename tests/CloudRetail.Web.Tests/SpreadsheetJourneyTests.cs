using System.Net;
using System.Text;
using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class SpreadsheetJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_checks_a_csv_with_a_bad_row_that_changes_nothing_fixes_it_imports_it_and_downloads_the_catalog()
    {
        var (lamp, desk) = (TestCatalog.NewProductId(), TestCatalog.NewProductId());
        var bad = $"productId,name,category,price,currency,stock\r\n{lamp},Brass lamp,Lighting,24.50,USD,7\r\n{desk},Oak desk,Furniture,twelve,USD,2\r\n";
        await using var admin = await shop.NewShopperAsync();
        var page = admin.Page;
        await admin.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Import and export" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import and export" })).ToBeVisibleAsync();

        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("products.csv", bad));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check file" }).ClickAsync();

        var rowsToFix = page.GetByRole(AriaRole.Table, new() { Name = "Rows to fix" });
        await Expect(rowsToFix.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(rowsToFix).ToContainTextAsync("3priceprice must be a number with a decimal point, such as 12.50");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import products" })).ToBeDisabledAsync();
        await admin.CheckPageAsync("admin-spreadsheets-bad-row");
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Shop.Client.GetAsync($"/api/products/{lamp}")).StatusCode);

        await page.GetByLabel("CSV file").SetInputFilesAsync(Csv("products-fixed.csv", bad.Replace("twelve", "120.00", StringComparison.Ordinal)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check file" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The file is good: 2 rows, 2 new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import products" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported 2 rows: 2 new");
        await admin.CheckPageAsync("admin-spreadsheets-imported");
        await admin.CheckPageAtPhoneWidthAsync("admin-spreadsheets-imported");
        Assert.Equal(120.00m, (decimal)(await shop.Shop.Client.GetJsonAsync($"/api/products/{desk}"))["price"]!);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download products (CSV)" }).ClickAsync());
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Matches(@"^products-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        Assert.Contains($"{lamp},Brass lamp,Lighting,24.50,USD,7,,0,0", exported, StringComparison.Ordinal);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
