using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class OrderAdminJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_finds_an_order_by_the_shoppers_email_refunds_one_line_and_the_shopper_sees_the_refund_in_the_timeline()
    {
        var email = $"hist{Guid.NewGuid():N}"[..14] + "@t.example";
        await shop.Shop.RegisterAsync(email, ShopApi.CustomerPassword);
        await shop.Shop.ConfirmAsync(email);
        var (orderId, lamp) = await PaidOrderAsync(email);
        await using var admin = await shop.NewShopperAsync();
        var page = admin.Page;

        await admin.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GotoAsync("/admin/orders");
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Value = "" });
        await page.GetByLabel("Customer e-mail").FillAsync(email.ToUpperInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("tr[data-order-id]")).ToHaveCountAsync(1);
        await admin.CheckPageAsync("admin-order-search");

        await page.GetByRole(AriaRole.Link, new() { Name = $"open order {orderId}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Order {orderId}" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("payments")).ToContainTextAsync("Test payment of $");
        await Expect(page.GetByTestId("payments")).ToContainTextAsync(": received, nothing refunded");
        await Expect(page.GetByTestId("order-timeline")).ToContainTextAsync("Payment received");
        await Expect(page.GetByTestId("order-timeline").Locator("li[data-subject=ORDER][data-to=PENDING]")).ToContainTextAsync("by the customer");
        await admin.CheckPageAsync("admin-order");
        await admin.CheckPageAtPhoneWidthAsync("admin-order");
        await page.GetByLabel($"Units of Product {lamp} to refund").FillAsync("1");
        await page.GetByLabel("Refund reason").FillAsync("arrived broken");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToContainTextAsync(": paid back");
        await Expect(page.GetByTestId("refunds")).ToContainTextAsync("arrived broken");
        await Expect(page.GetByTestId("order-timeline").Locator("li[data-subject=REFUND][data-to=PENDING]")).ToContainTextAsync($"by the shop ({ShopApi.AdminEmail})");
        await admin.CheckPageAsync("admin-order-refunded");

        await using var customer = await shop.NewShopperAsync();
        await customer.SignInAsync(email, ShopApi.CustomerPassword);
        await customer.Page.GotoAsync($"/orders/{orderId}");
        var timeline = customer.Page.GetByTestId("order-timeline");
        await Expect(timeline.Locator("li[data-subject=REFUND][data-to=SUCCEEDED]")).ToContainTextAsync("Refunded");
        await Expect(timeline.Locator("li[data-subject=REFUND][data-to=SUCCEEDED]")).ToContainTextAsync("arrived broken");
        await Expect(timeline.Locator("li[data-subject=ORDER][data-to=PENDING]")).ToContainTextAsync("Order placed");
        await customer.CheckPageAsync("order-timeline");
    }

    /// <summary>The shopper's paid order of two lamps and a bulb, through the API: the order's id and the lamp's.</summary>
    private async Task<(string OrderId, string Lamp)> PaidOrderAsync(string email)
    {
        var admin = await shop.Shop.AdminClientAsync();
        var lamp = await admin.CreateProductAsync(price: 20m, stock: 5);
        var bulb = await admin.CreateProductAsync(price: 3m, stock: 5);
        using var shopper = shop.Shop.ClientWithToken((string)(await shop.Shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!);
        Assert.True((await shopper.PostJsonAsync("/api/cart/items", new { productId = lamp, qty = 2 })).IsSuccessStatusCode);
        Assert.True((await shopper.PostJsonAsync("/api/cart/items", new { productId = bulb, qty = 1 })).IsSuccessStatusCode);
        var placed = await (await shopper.PostAsync("/api/orders/checkout", null)).JsonAsync();
        var orderId = (string)placed["order"]!["orderId"]!;
        Assert.True((await shopper.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).IsSuccessStatusCode);
        return (orderId, lamp);
    }
}
