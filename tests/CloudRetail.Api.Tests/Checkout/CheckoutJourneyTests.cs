using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Checkout;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class CheckoutJourneyTests(ShopApi shop)
{
    [Fact]
    public async Task A_shopper_goes_from_empty_cart_to_a_confirmed_emailed_order()
    {
        var admin = await shop.AdminClientAsync();
        var mouse = await admin.CreateProductAsync(price: 29.99m, stock: 10);
        var keyboard = await admin.CreateProductAsync(price: 89.50m, stock: 5);
        var (customer, userId, email) = await shop.NewCustomerAsync();

        await customer.PostJsonAsync("/api/cart/items", new { productId = mouse, qty = 2 });
        await customer.PostJsonAsync("/api/cart/items", new { productId = keyboard, qty = 1 });
        var checkout = await customer.PostAsync("/api/orders/checkout", content: null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var order = (await checkout.JsonAsync())["order"]!;
        var orderId = (string)order["orderId"]!;
        Assert.Equal("PENDING", (string?)order["status"]);
        Assert.Equal(149.48m, (decimal)order["totalAmount"]!);
        Assert.Equal(email, (string?)order["userEmail"]);
        Assert.Equal(userId, (string?)order["userId"]);

        var paid = await (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).JsonAsync();

        Assert.Equal("Payment processed", (string?)paid["message"]);
        Assert.Equal("CONFIRMED", (string?)paid["orderUpdate"]!["status"]);
        Assert.True((bool)paid["emailNotification"]!["success"]!);
        Assert.Equal("CONFIRMED", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        Assert.Empty((await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray());
        await AssertStock(mouse, available: 8, reserved: 0);
        await AssertStock(keyboard, available: 4, reserved: 0);
        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order confirmed"));
        foreach (var part in new[] { (string)mail["body"]!["html"]!, (string)mail["body"]!["text"]! })
        {
            Assert.Contains(email, part, StringComparison.Ordinal);
            Assert.DoesNotContain(userId, part, StringComparison.Ordinal);
            Assert.Contains($"Product {mouse}", part, StringComparison.Ordinal);
            Assert.Contains($"Product {keyboard}", part, StringComparison.Ordinal);
            Assert.Contains("29.99 USD", part, StringComparison.Ordinal);
            Assert.Contains("89.50 USD", part, StringComparison.Ordinal);
            Assert.Contains("149.48 USD", part, StringComparison.Ordinal);
            Assert.Contains($"{ShopApiFactory.StorefrontUrl}/orders/{orderId}", part, StringComparison.Ordinal);
        }
        Assert.Contains("2 x Product", (string)mail["body"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_payment_cancels_the_order_and_releases_exactly_its_stock()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12m, stock: 10);
        var (customer, _, email) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 3 });
        var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
        await AssertStock(productId, available: 7, reserved: 3);

        var failed = await (await customer.PostJsonAsync("/api/payments", new { orderId, status = "FAILED" })).JsonAsync();

        Assert.Equal("CANCELLED", (string?)failed["orderUpdate"]!["status"]);
        Assert.True((bool)failed["inventoryRelease"]!["attempted"]!);
        Assert.Equal(3, (int)failed["inventoryRelease"]!["released"]![0]!["qty"]!);
        await AssertStock(productId, available: 10, reserved: 0);
        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal("payment failed", (string?)order["cancelReason"]);
        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Payment failed"));
        Assert.Contains(orderId, (string?)mail["body"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_an_account_sends_the_welcome_email()
    {
        var (_, _, email) = await shop.NewCustomerAsync();

        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Welcome"));

        Assert.Contains(email, (string?)mail["body"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_is_paid_once()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
        await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        var again = await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        await again.ProblemAsync(409);
        await AssertStock(productId, available: 4, reserved: 0);
    }

    [Fact]
    public async Task A_price_sent_by_the_client_never_reaches_the_cart_or_the_order()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 50m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();

        var added = await (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2, price = 0.01m })).JsonAsync();
        var order = (await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!;

        Assert.Equal(50m, (decimal)added["cart"]!["items"]![0]!["price"]!);
        Assert.Equal(100m, (decimal)added["cart"]!["total"]!);
        Assert.Equal(50m, (decimal)order["items"]![0]!["price"]!);
        Assert.Equal(100m, (decimal)order["totalAmount"]!);
    }

    [Fact]
    public async Task A_price_change_since_adding_stops_checkout_until_the_new_total_is_accepted()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 10m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });
        await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Dearer", category = "Test", price = 12m, currency = "USD" });

        var refused = await customer.PostAsync("/api/orders/checkout", null);
        var problem = await refused.ProblemAsync(409);
        Assert.Equal(10m, (decimal)problem["priceChanges"]![0]!["oldPrice"]!);
        Assert.Equal(12m, (decimal)problem["priceChanges"]![0]!["newPrice"]!);
        await AssertStock(productId, available: 5, reserved: 0);

        var accepted = await customer.PostJsonAsync("/api/orders/checkout", new { acceptedTotal = 24m });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(24m, (decimal)(await accepted.JsonAsync())["order"]!["totalAmount"]!);
    }

    /// <summary>100 USD and 100 EUR are not the same price: a total the shopper accepts is a number, so
    /// it cannot confirm a change of currency. The line must be added again, in the new currency.</summary>
    [Fact]
    public async Task A_currency_change_since_adding_stops_checkout_and_no_accepted_total_confirms_it()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 100m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        await admin.PutJsonAsync($"/api/products/{productId}", new { name = "Same number", category = "Test", price = 100m, currency = "EUR" });

        var refused = await customer.PostAsync("/api/orders/checkout", null);
        var accepted = await customer.PostJsonAsync("/api/orders/checkout", new { acceptedTotal = 100m });

        var problem = await refused.ProblemAsync(409, $"The currency of {productId} changed from USD to EUR since it was added; remove it and add it again to buy it in EUR");
        Assert.Null(problem["newTotal"]);
        Assert.Equal(productId, (string)problem["currencyChanges"]![0]!["productId"]!);
        Assert.Equal(("USD", "EUR"), ((string)problem["currencyChanges"]![0]!["oldCurrency"]!, (string)problem["currencyChanges"]![0]!["newCurrency"]!));
        await accepted.ProblemAsync(409);
        Assert.Empty((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
        await AssertStock(productId, available: 5, reserved: 0);
    }

    [Fact]
    public async Task Checking_out_an_empty_cart_is_400()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        await (await customer.PostAsync("/api/orders/checkout", null)).ProblemAsync(400, "Cart is empty");
    }

    [Fact]
    public async Task Out_of_stock_at_checkout_names_the_product_and_changes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var plenty = await admin.CreateProductAsync(stock: 10);
        var scarce = await admin.CreateProductAsync(stock: 2);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = plenty, qty = 1 });
        await customer.PostJsonAsync("/api/cart/items", new { productId = scarce, qty = 2 });
        await admin.PutJsonAsync($"/api/inventory/{scarce}", new { availableQty = 1, reason = "recount" });

        var refused = await customer.PostAsync("/api/orders/checkout", null);

        await refused.ProblemAsync(409, $"Checkout failed: Out of stock for {scarce}");
        await AssertStock(plenty, available: 10, reserved: 0);
        Assert.Equal(2, (await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray().Count);
        Assert.Empty((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
    }

    private async Task AssertStock(string productId, int available, int reserved)
    {
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((available, reserved), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
    }
}
