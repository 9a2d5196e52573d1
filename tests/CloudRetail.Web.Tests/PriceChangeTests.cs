using System.Net;

namespace CloudRetail.Web.Tests;

[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class PriceChangeTests(Storefront shop)
{
    [Fact]
    public async Task A_shopper_meets_a_price_change_at_checkout_and_accepts_the_new_total()
    {
        var admin = await shop.Shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 20.00m, category: "Home", stock: 5);
        var (_, _, email) = await shop.Shop.NewCustomerAsync();
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;
        await tab.SignInAsync(email, ShopApi.CustomerPassword);

        await page.GotoAsync($"/products/{productId}");
        await Expect(page.GetByTestId("stock-badge")).ToHaveTextAsync("Only 5 left");
        await page.GetByLabel("Quantity").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Out of stock: only 5 available.");
        await tab.CheckPageAsync("product-out-of-stock");
        await page.GetByLabel("Quantity").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText($"Added 2 × Product {productId}")).ToBeVisibleAsync();

        var repriced = await admin.PutJsonAsync($"/api/products/{productId}", new { name = $"Product {productId}", category = "Home", price = 24.50m, currency = "USD" });
        Assert.Equal(HttpStatusCode.OK, repriced.StatusCode);

        await page.GotoAsync("/checkout");
        // The checkout shows the quote, at today's prices; placing it still asks the shopper to accept the changed ones.
        await Expect(page.GetByTestId("checkout-total")).ToHaveTextAsync("$49.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        var notice = page.GetByTestId("price-change");
        await Expect(notice).ToContainTextAsync("Prices changed");
        await Expect(notice.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Product {productId}" })).ToContainTextAsync("$20.00$24.50");
        await Expect(page.GetByTestId("new-total")).ToHaveTextAsync("$49.00");
        await tab.CheckPageAsync("checkout-price-change");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept new total and place order" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/orders/[^/]+/pay$"));
        await Expect(page.GetByText("$49.00").First).ToBeVisibleAsync();
        await Pay.OrderAsync(page);
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("CONFIRMED");
        await tab.CheckPageAsync("order-after-price-change");
    }
}
