using System.Text.RegularExpressions;
using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class DashboardJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_opens_the_dashboard_after_a_few_orders_and_sees_their_revenue()
    {
        // Sold in francs, which no other journey sells in, so the card's revenue is these orders' alone.
        var admin = await shop.Shop.AdminClientAsync();
        var lamp = await admin.CreateProductAsync(price: 24.50m, stock: 20, currency: "CHF");
        var vase = await admin.CreateProductAsync(price: 12.00m, stock: 20, currency: "CHF");
        var totals = new List<decimal>();
        var orderIds = new List<string>();
        foreach (var (productId, qty) in new[] { (lamp, 2), (vase, 1), (lamp, 1) })
        {
            var (customer, _, _) = await shop.Shop.NewCustomerAsync();
            Assert.True((await customer.PostJsonAsync("/api/cart/items", new { productId, qty })).IsSuccessStatusCode);
            var placed = (await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!;
            Assert.True((await customer.PostJsonAsync("/api/payments", new { orderId = (string)placed["orderId"]!, status = "SUCCESS" })).IsSuccessStatusCode);
            totals.Add((decimal)placed["totalAmount"]!);
            orderIds.Add((string)placed["orderId"]!);
        }
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;

        await tab.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GotoAsync("/admin");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
        var card = page.Locator("[data-revenue=CHF]");
        await Expect(card).ToContainTextAsync($"CHF {totals.Sum():#,##0.00}");
        await Expect(card).ToContainTextAsync($"average order CHF {Math.Round(totals.Sum() / 3, 2, MidpointRounding.AwayFromZero):#,##0.00}");
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex(@"^Revenue per day \(CHF\)") })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Top products by units") })).ToBeVisibleAsync();
        await page.GetByText("Top products by units: the figures").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"Product {lamp} 3" })).ToBeVisibleAsync();
        await tab.CheckPageAsync("admin-dashboard");
        await tab.CheckPageAtPhoneWidthAsync("admin-dashboard");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Period" }).SelectOptionAsync("7d");
        await Expect(page.GetByTestId("dashboard-period")).ToContainTextAsync(" to ");
        await Expect(card).ToContainTextAsync($"CHF {totals.Sum():#,##0.00}");

        // The orders list writes francs the same way: the code set apart from the figure.
        await page.GotoAsync("/admin/orders");
        await page.GetByLabel("Order id").FillAsync(orderIds[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator($"tr[data-order-id='{orderIds[0]}']")).ToContainTextAsync($"CHF {totals[0]:#,##0.00}");
    }
}
