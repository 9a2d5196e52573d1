using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class AuditJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_changes_a_price_and_finds_its_before_and_after_in_the_audit_trail()
    {
        var productId = TestCatalog.NewProductId();
        var name = $"Audited Lamp {productId[2..8]}";
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;

        await tab.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GotoAsync("/admin/products");
        await page.GetByLabel("Product id").FillAsync(productId);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Category", new() { Exact = true }).FillAsync("Home");
        await page.GetByLabel("Price", new() { Exact = true }).FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Saved {name}.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Edit {name}" }).ClickAsync();
        await page.GetByLabel("Price", new() { Exact = true }).FillAsync("24.75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save product" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"Saved {name}.");

        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await page.GetByLabel("Subject id").FillAsync(productId);
        await page.GetByLabel("Action").SelectOptionAsync("PRODUCT_UPDATED");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        var entry = page.Locator($"tr[data-subject-id='{productId}']");
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToContainTextAsync("PRODUCT_UPDATED");
        await Expect(entry).ToContainTextAsync(ShopApi.AdminEmail);
        await Expect(entry.GetByTestId("audit-before")).ToHaveTextAsync("price: 20");
        await Expect(entry.GetByTestId("audit-after")).ToHaveTextAsync("price: 24.75");
        await tab.CheckPageAsync("admin-audit");
        await tab.CheckPageAtPhoneWidthAsync("admin-audit");
    }
}
