using System.Net;

namespace CloudRetail.Web.Tests;

/// <summary>The whole price of an order in the browser, on the demo shop's pricing: an address in
/// California (CA sales tax), express delivery (paid), the WELCOME10 code, then the invoice.</summary>
[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class PricedOrderJourneyTests(Storefront shop)
{
    [Fact]
    public async Task A_shopper_saves_an_address_picks_paid_delivery_applies_a_code_sees_tax_pays_and_downloads_the_invoice_pdf()
    {
        var (_, _, email) = await shop.Shop.NewCustomerAsync();
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;
        await tab.SignInAsync(email, ShopApi.CustomerPassword);

        await page.GotoAsync("/account/addresses");
        await Expect(page.GetByText("No saved addresses yet")).ToBeVisibleAsync();
        await tab.CheckPageAsync("address-book-empty");
        await page.GetByLabel("Full name").FillAsync("Grace Hopper");
        await page.GetByLabel("Address line 1").FillAsync("500 Market Street");
        await page.GetByLabel("City").FillAsync("San Francisco");
        await page.GetByLabel("State, province or region").FillAsync("ca");
        await page.GetByLabel("Postal code").FillAsync("94105");
        await page.GetByLabel("Country").FillAsync("us");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add address" }).ClickAsync();
        await Expect(page.GetByText("Added the address for Grace Hopper")).ToBeVisibleAsync();
        var book = page.GetByRole(AriaRole.List, new() { Name = "Saved addresses" });
        await book.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit") }).ClickAsync();
        await book.GetByLabel("Address line 2 (optional)").FillAsync("Floor 4");
        await book.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(book).ToContainTextAsync("500 Market Street, Floor 4, San Francisco, CA, 94105, US");
        await tab.CheckPageAsync("address-book");
        await tab.CheckPageAtPhoneWidthAsync("address-book");

        await page.GotoAsync("/products/P001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(page.GetByText("Added 1 × Wireless Mouse")).ToBeVisibleAsync();

        await page.GotoAsync("/checkout");
        // The address choice shows once a method that delivers is chosen (this shop has no default method).
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Express delivery") }).CheckAsync();
        await Expect(page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("Grace Hopper, 500 Market Street") })).ToBeCheckedAsync();
        await Expect(page.GetByTestId("breakdown-shipping")).ToHaveTextAsync("$19.99");
        await page.GetByLabel("Discount code").FillAsync("welcome10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        // 29.99 of goods, 10 % off is 3.00 (2.999 rounded), CA sales tax 7.25 % of 26.99 is 1.96 (shipping untaxed here).
        await Expect(page.GetByTestId("breakdown-discount")).ToHaveTextAsync("−$3.00");
        var tax = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "CA sales tax" });
        await Expect(tax).ToContainTextAsync("7.25%");
        await Expect(tax.GetByTestId("breakdown-tax")).ToHaveTextAsync("$1.96");
        await Expect(page.GetByTestId("checkout-total")).ToHaveTextAsync("$48.94");
        await tab.CheckPageAsync("checkout-breakdown");
        await tab.CheckPageAtPhoneWidthAsync("checkout-breakdown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/orders/[^/]+/pay$"));
        var orderId = page.Url.Split('/')[^2];
        await tab.CheckPageAsync("payment-priced");
        await Pay.OrderAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex($"/orders/{orderId}$"));
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("CONFIRMED");
        await Expect(page.GetByTestId("order-total")).ToHaveTextAsync("$48.94");
        await Expect(page.GetByTestId("delivery-address")).ToContainTextAsync("Floor 4");
        var invoice = page.GetByTestId("invoice-link");
        await Expect(invoice).ToContainTextAsync("Download invoice");
        await tab.CheckPageAsync("order-invoice");
        await tab.CheckPageAtPhoneWidthAsync("order-invoice");

        var number = (string)(await (await shop.Shop.AdminClientAsync()).GetJsonAsync($"/api/orders/{orderId}/invoice"))["invoiceNumber"]!;
        await Expect(invoice).ToContainTextAsync(number);
        var pdf = await page.APIRequest.GetAsync((await invoice.GetAttributeAsync("href"))!);
        Assert.Equal((int)HttpStatusCode.OK, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.EndsWith($"/{number}.pdf", new Uri(pdf.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);

        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.SesUrl, email, $"Order confirmed: {orderId}"));
        var text = (string)mail["body"]!["text"]!;
        Assert.Contains("Deliver to:\nGrace Hopper\n500 Market Street\nFloor 4\nSan Francisco, CA 94105\nUS\n", text, StringComparison.Ordinal);
        Assert.Contains("Discount (WELCOME10): -3.00 USD\nShipping (Express delivery): 19.99 USD\nCA sales tax 7.25%: 1.96 USD\nTotal: 48.94 USD\n", text, StringComparison.Ordinal);
        Assert.Contains($"{Storefront.MailedStorefront}/orders/{orderId}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_sees_the_shipping_methods_tax_rates_and_discount_codes_with_redemptions_used()
    {
        await using var tab = await shop.NewShopperAsync();
        var page = tab.Page;
        await tab.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);

        await page.GotoAsync("/admin/shipping-methods");
        await Expect(page.Locator("[data-shipping-method-id=express]")).ToContainTextAsync("$19.99");
        await tab.CheckPageAsync("admin-shipping-methods");
        await tab.CheckPageAtPhoneWidthAsync("admin-shipping-methods");

        await page.GotoAsync("/admin/tax-rates");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ontario PST" })).ToContainTextAsync("8");
        await tab.CheckPageAsync("admin-tax-rates");
        await tab.CheckPageAtPhoneWidthAsync("admin-tax-rates");

        await page.GotoAsync("/admin/discount-codes");
        await Expect(page.Locator("[data-code=WELCOME10]")).ToContainTextAsync(new Regex("[0-9]+ of 1000"));
        await tab.CheckPageAsync("admin-discount-codes");
        await page.Locator("[data-code=WELCOME10]").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Change WELCOME10" })).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Uses in all (optional)")).ToHaveValueAsync("1000");
        await tab.CheckPageAsync("admin-discount-codes-editing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await tab.CheckPageAtPhoneWidthAsync("admin-discount-codes");
    }
}
