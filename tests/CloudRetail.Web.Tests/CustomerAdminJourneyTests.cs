using System.Globalization;
using System.Text.RegularExpressions;
using CloudRetail.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class CustomerAdminJourneyTests(Storefront shop)
{
    [Fact]
    public async Task An_admin_finds_a_customer_by_email_locks_them_out_and_they_cannot_sign_in()
    {
        var prefix = $"lock{Guid.NewGuid():N}"[..14];
        var email = $"{prefix}@t.example";
        await shop.Shop.RegisterAsync(email, ShopApi.CustomerPassword);
        await shop.Shop.ConfirmAsync(email);
        var (orderId, total) = await PaidOrderAsync(email);
        await using var admin = await shop.NewShopperAsync();
        var page = admin.Page;

        await admin.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Customers" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Customers" })).ToBeVisibleAsync();
        await page.GetByLabel("E-mail starts with").FillAsync(prefix);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("tr[data-customer-id]")).ToHaveCountAsync(1);
        await admin.CheckPageAsync("admin-customers");
        await admin.CheckPageAtPhoneWidthAsync("admin-customers");

        await page.GetByRole(AriaRole.Link, new() { Name = email }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = email })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("customer-sign-in")).ToHaveTextAsync("Enabled");
        await Expect(page.Locator($"tr[data-order-id='{orderId}']")).ToContainTextAsync(orderId[..8]);
        await Expect(page.GetByTestId("customer-spend")).ToHaveTextAsync("$" + total.ToString("#,##0.00", CultureInfo.InvariantCulture));
        await admin.CheckPageAsync("admin-customer");
        await admin.CheckPageAtPhoneWidthAsync("admin-customer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable sign-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alertdialog)).ToContainTextAsync($"Disable {email}?");
        await admin.CheckPageAsync("admin-customer-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, disable sign-in" }).ClickAsync();
        await Expect(page.GetByTestId("admin-notice")).ToHaveTextAsync($"{email} can no longer sign in.");
        await Expect(page.GetByTestId("customer-sign-in")).ToHaveTextAsync("Disabled");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enable sign-in" })).ToBeVisibleAsync();

        await using var customer = await shop.NewShopperAsync();
        await customer.Page.GotoAsync("/login");
        await customer.Page.GetByLabel("E-mail").FillAsync(email);
        await customer.Page.GetByLabel("Password").FillAsync(ShopApi.CustomerPassword);
        await customer.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(customer.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Incorrect username or password");
        await Expect(customer.Page).ToHaveURLAsync(new Regex("/login"));
    }

    /// <summary>The shopper's paid order of a new product, through the API; its id and total.</summary>
    private async Task<(string OrderId, decimal Total)> PaidOrderAsync(string email)
    {
        var admin = await shop.Shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 15m, stock: 5);
        using var shopper = shop.Shop.ClientWithToken((string)(await shop.Shop.LoginAsync(email, ShopApi.CustomerPassword))["accessToken"]!);
        Assert.True((await shopper.PostJsonAsync("/api/cart/items", new { productId, qty = 2 })).IsSuccessStatusCode);
        var placed = await (await shopper.PostAsync("/api/orders/checkout", null)).JsonAsync();
        var orderId = (string)placed["order"]!["orderId"]!;
        Assert.True((await shopper.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).IsSuccessStatusCode);
        return (orderId, (decimal)placed["order"]!["totalAmount"]!);
    }
}
