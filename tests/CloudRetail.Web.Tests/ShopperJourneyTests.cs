
namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class ShopperJourneyTests(Storefront shop)
{
    [Fact]
    public async Task A_new_shopper_registers_searches_fills_a_cart_checks_out_and_pays()
    {
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;
        var email = ShopApi.NewEmail();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Featured products" })).ToBeVisibleAsync();
        await tab.CheckPageAsync("home");
        await tab.CheckPageAtPhoneWidthAsync("home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create account" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ShopApi.CustomerPassword);
        await tab.CheckPageAsync("register");
        await tab.CheckPageAtPhoneWidthAsync("register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/confirm"));
        await Expect(page.GetByLabel("E-mail")).ToHaveValueAsync(email);
        var code = await shop.Shop.Emulators.Codes!.WaitForAsync(email);
        await page.GetByLabel("Confirmation code").FillAsync(code);
        await tab.CheckPageAsync("confirm");
        await tab.CheckPageAtPhoneWidthAsync("confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm account" }).ClickAsync();

        await Expect(page.GetByText("Your account is confirmed")).ToBeVisibleAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ShopApi.CustomerPassword);
        await tab.CheckPageAsync("login");
        await tab.CheckPageAtPhoneWidthAsync("login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/products$"));
        await Expect(page.GetByText(email)).ToBeVisibleAsync();
        await tab.CheckPageAsync("products");
        await tab.CheckPageAtPhoneWidthAsync("products");

        await page.GetByLabel("Search products").FillAsync("mouse");
        await page.GetByLabel("Search products").PressAsync("Enter");
        var results = page.GetByTestId("product-grid").GetByRole(AriaRole.Link);
        await Expect(results).ToHaveCountAsync(1);
        await Expect(results).ToContainTextAsync("Wireless Mouse");
        await tab.CheckPageAsync("products-search");

        await results.ClickAsync();
        await Expect(page.GetByTestId("stock-badge")).ToHaveTextAsync("In stock");
        await tab.CheckPageAsync("product");
        await tab.CheckPageAtPhoneWidthAsync("product");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText("Added 1 × Wireless Mouse")).ToBeVisibleAsync();

        await page.GotoAsync("/products?category=Home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ceramic Coffee Mug" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText("Added 1 × Ceramic Coffee Mug")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("cart-count")).ToHaveTextAsync("2");

        await page.Locator(".site-header").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Cart") }).ClickAsync();
        await page.GetByLabel("Quantity of Wireless Mouse").FillAsync("3");
        await page.GetByLabel("Quantity of Wireless Mouse").DispatchEventAsync("change");
        await Expect(page.GetByTestId("cart-total")).ToHaveTextAsync("$102.47");
        await tab.CheckPageAsync("cart");
        await tab.CheckPageAtPhoneWidthAsync("cart");

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to checkout" }).ClickAsync();
        await Expect(page.GetByTestId("checkout-total")).ToHaveTextAsync("$102.47");
        await tab.CheckPageAsync("checkout");
        await tab.CheckPageAtPhoneWidthAsync("checkout");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/orders/[^/]+/pay$"));
        var orderId = page.Url.Split('/')[^2];
        await Expect(page.Locator(".methods")).ToBeVisibleAsync();
        await tab.CheckPageAsync("payment");
        await tab.CheckPageAtPhoneWidthAsync("payment");
        await Pay.OrderAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex($"/orders/{orderId}$"));
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("CONFIRMED");
        await tab.CheckPageAsync("order-detail");
        await tab.CheckPageAtPhoneWidthAsync("order-detail");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "CONFIRMED" })).ToHaveCountAsync(1);
        await tab.CheckPageAsync("orders");
        await tab.CheckPageAtPhoneWidthAsync("orders");

        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.SesUrl, email, $"Order confirmed: {orderId}"));
        var link = $"{Storefront.MailedStorefront}/orders/{orderId}";
        Assert.Contains($"href=\"{link}\"", (string?)mail["body"]!["html"]);
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("CONFIRMED");
    }
}
