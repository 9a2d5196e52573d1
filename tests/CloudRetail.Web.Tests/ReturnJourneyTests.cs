using System.Net;

namespace CloudRetail.Web.Tests;

/// <summary>A return in the browser: the shopper sends back one of two delivered lines, an admin
/// approves it and receives it back to stock from the returns queue, and the shopper sees the refund and
/// downloads its credit note.</summary>
[Collection(StorefrontCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class ReturnJourneyTests(Storefront shop)
{
    [Fact]
    public async Task A_shopper_returns_one_of_two_delivered_lines_an_admin_receives_it_back_to_stock_and_the_shopper_sees_the_refund_and_its_credit_note()
    {
        var admin = await shop.Shop.AdminClientAsync();
        var (customer, _, email) = await shop.Shop.NewCustomerAsync();
        var (mug, lamp) = (await admin.CreateProductAsync(price: 12.00m, stock: 5), await admin.CreateProductAsync(price: 30.00m, stock: 5));
        var orderId = await DeliveredOrderAsync(admin, customer, mug, lamp);
        var onHand = (int)(await admin.GetJsonAsync($"/api/inventory/{mug}"))["availableQty"]!;

        await using var shopper = await shop.NewShopperAsync();
        var page = shopper.Page;
        await shopper.SignInAsync(email, ShopApi.CustomerPassword);
        await page.GotoAsync($"/orders/{orderId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Return items" }).ClickAsync();
        await page.GetByLabel($"Product {mug} (up to 1)").FillAsync("1");
        await page.GetByLabel("Why are you returning them?").FillAsync("The mug is chipped");
        await shopper.CheckPageAsync("order-return-form");
        await shopper.CheckPageAtPhoneWidthAsync("order-return-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask to return" }).ClickAsync();
        await Expect(page.GetByTestId("return-status")).ToHaveTextAsync("Requested");
        await shopper.CheckPageAsync("order-return-requested");

        await using var staff = await shop.NewShopperAsync();
        var back = staff.Page;
        await staff.SignInAsync(ShopApi.AdminEmail, ShopApi.AdminPassword);
        await back.GotoAsync("/admin/returns");
        var row = back.Locator("tr", new() { HasText = orderId[..10] });
        await Expect(row).ToContainTextAsync("The mug is chipped");
        await staff.CheckPageAsync("admin-returns-requested");
        await staff.CheckPageAtPhoneWidthAsync("admin-returns-requested");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve return") }).ClickAsync();
        await Expect(back.GetByTestId("admin-notice")).ToContainTextAsync("Return approved");
        await back.GetByLabel("Status").SelectOptionAsync("APPROVED");
        row = back.Locator("tr", new() { HasText = orderId[..10] });
        await Expect(row.GetByRole(AriaRole.Combobox)).ToHaveValueAsync("BACK_TO_STOCK");
        await staff.CheckPageAsync("admin-returns-approved");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Receive return") }).ClickAsync();
        await Expect(back.GetByTestId("admin-notice")).ToContainTextAsync("refunded");

        var refund = await admin.GetJsonAsync($"/api/payments?orderId={orderId}");
        var refunded = (decimal)refund["refunds"]![0]!["amount"]!;
        Assert.Equal("SUCCEEDED", (string?)refund["refunds"]![0]!["status"]);
        Assert.Equal(onHand + 1, (int)(await admin.GetJsonAsync($"/api/inventory/{mug}"))["availableQty"]!);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("return-status")).ToHaveTextAsync("Refunded");
        await Expect(page.GetByTestId("return-refund")).ToHaveTextAsync($"refunded ${refunded:0.00}");
        var creditNote = (string)(await customer.GetJsonAsync($"/api/orders/{orderId}/credit-notes"))["creditNotes"]![0]!["creditNoteNumber"]!;
        await Expect(page.GetByTestId("credit-note")).ToContainTextAsync($"{creditNote} (PDF, opens in a new tab) · ${refunded:0.00} refunded");
        var pdf = await page.APIRequest.GetAsync((await page.GetByTestId("credit-note").GetByRole(AriaRole.Link).GetAttributeAsync("href"))!);
        Assert.Equal(((int)HttpStatusCode.OK, "application/pdf"), (pdf.Status, pdf.Headers["content-type"]));
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);
        await shopper.CheckPageAsync("order-return-refunded");
        await shopper.CheckPageAtPhoneWidthAsync("order-return-refunded");
    }

    /// <summary>The order placed, paid, shipped and delivered through the API: the browser's part starts after.</summary>
    private static async Task<string> DeliveredOrderAsync(HttpClient admin, HttpClient customer, params string[] productIds)
    {
        foreach (var productId in productIds)
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        }
        var checkout = await customer.PostJsonAsync("/api/orders/checkout", new { shippingMethodId = "collect" });
        Assert.True(checkout.StatusCode == HttpStatusCode.Created, await checkout.Content.ReadAsStringAsync());
        var orderId = (string)(await checkout.JsonAsync())["order"]!["orderId"]!;
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-RETURN" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).StatusCode);
        return orderId;
    }
}
