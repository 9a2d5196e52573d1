using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Pricing;

[Collection(ShopApiCollection.Name)]
public sealed class DiscountCodeTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task Thirty_shoppers_racing_for_ten_redemptions_get_exactly_ten_discounted_orders()
    {
        var admin = await shop.AdminClientAsync();
        var code = await admin.AddDiscountCodeAsync("AMOUNT", 2m, redemptionLimit: 10, currency: "USD");
        var productId = await admin.CreateProductAsync(price: 10m, stock: 100);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => shop.NewCustomerAsync()));
        foreach (var (customer, _, _) in shoppers)
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        }

        var answers = await Task.WhenAll(shoppers.Select(s => s.Client.PostJsonAsync("/api/orders/checkout", new { discountCode = code })));

        var placed = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        var refused = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        output.WriteLine($"30 shoppers, 10 redemptions: {placed.Count} discounted orders, {refused.Count} refusals");
        Assert.Equal(10, placed.Count);
        foreach (var order in placed)
        {
            Assert.Equal(8m, (decimal)(await order.JsonAsync())["order"]!["total"]!);
        }
        Assert.Equal(20, refused.Count);
        foreach (var refusal in refused)
        {
            await refusal.ProblemAsync(409, $"Discount code {code} is used up");
        }
        Assert.Equal(10, (int)(await admin.GetJsonAsync($"/api/admin/discount-codes/{code}"))["redeemed"]!);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((90, 10), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
        await ShopInvariants.AssertHoldAsync(shop, [productId], shoppers.Select(s => s.UserId).ToList());
    }

    [Fact]
    public async Task A_cancelled_or_expired_order_gives_its_redemption_back()
    {
        var admin = await shop.AdminClientAsync();
        var code = await admin.AddDiscountCodeAsync("PERCENT", 50m, redemptionLimit: 2, perShopperLimit: 1);
        var productId = await admin.CreateProductAsync(price: 10m, stock: 10);
        var (alice, _, _) = await shop.NewCustomerAsync();
        var (bob, _, _) = await shop.NewCustomerAsync();
        var cancelled = await CheckOutAsync(alice, productId, code);
        var expiring = await CheckOutAsync(bob, productId, code);
        await (await alice.PostJsonAsync("/api/orders/checkout", new { discountCode = code })).ProblemAsync(400, "Cart is empty");
        await alice.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        await (await alice.PostJsonAsync("/api/orders/checkout", new { discountCode = code })).ProblemAsync(409);
        Assert.Equal(2, await RedeemedAsync(admin, code));

        Assert.Equal(HttpStatusCode.OK, (await alice.PostAsync($"/api/orders/{cancelled}/cancel", null)).StatusCode);
        Assert.Equal(1, await RedeemedAsync(admin, code));
        using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await admin.PostAsync("/api/orders/expire-reservations", null);
        }
        Assert.Equal("CANCELLED", (string?)(await bob.GetJsonAsync($"/api/orders/{expiring}"))["status"]);
        Assert.Equal(0, await RedeemedAsync(admin, code));

        // Alice's own use came back too: the per-shopper limit lets her use it again.
        var again = await alice.PostJsonAsync("/api/orders/checkout", new { discountCode = code });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(5m, (decimal)(await again.JsonAsync())["order"]!["discount"]!);
    }

    [Fact]
    public async Task A_shopper_cannot_use_a_code_more_often_than_it_allows()
    {
        var admin = await shop.AdminClientAsync();
        var code = await admin.AddDiscountCodeAsync("PERCENT", 10m, perShopperLimit: 1);
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await CheckOutAsync(customer, productId, code);
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        await (await customer.PostJsonAsync("/api/orders/checkout", new { discountCode = code.ToLowerInvariant() }))
            .ProblemAsync(409, $"You have already used discount code {code} as often as it allows");
    }

    [Fact]
    public async Task A_code_below_its_minimum_or_turned_off_is_409_saying_which()
    {
        var admin = await shop.AdminClientAsync();
        var code = await admin.AddDiscountCodeAsync("AMOUNT", 5m, minSubtotal: 50m, currency: "USD");
        var productId = await admin.CreateProductAsync(price: 10m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        await (await customer.PostJsonAsync("/api/orders/quote", new { discountCode = code })).ProblemAsync(409, $"Discount code {code} needs a subtotal of at least 50 USD");
        await admin.PutJsonAsync($"/api/admin/discount-codes/{code}", new { kind = "AMOUNT", value = 5m, currency = "USD", active = false });
        await (await customer.PostJsonAsync("/api/orders/checkout", new { discountCode = code })).ProblemAsync(409, $"Discount code {code} is not active");
        await (await customer.PostJsonAsync("/api/orders/quote", new { discountCode = code })).ProblemAsync(409, $"Discount code {code} is not active");
    }

    [Fact]
    public async Task An_order_whose_code_was_deleted_still_cancels_and_the_code_can_be_made_again()
    {
        var admin = await shop.AdminClientAsync();
        var code = await admin.AddDiscountCodeAsync("PERCENT", 10m);
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await CheckOutAsync(customer, productId, code);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/admin/discount-codes/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/orders/{orderId}/cancel", null)).StatusCode);

        await (await admin.GetAsync($"/api/admin/discount-codes/{code}")).ProblemAsync(404, "Discount code not found");
        Assert.DoesNotContain((await admin.GetJsonAsync("/api/admin/discount-codes"))["items"]!.AsArray(), c => (string?)c!["code"] == code);
        var again = await admin.PostJsonAsync("/api/admin/discount-codes", new { code, kind = "PERCENT", value = 10m });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(0, await RedeemedAsync(admin, code));
    }

    [Fact]
    public async Task Bad_pricing_terms_are_400_naming_the_field()
    {
        var admin = await shop.AdminClientAsync();

        var code = await (await admin.PostJsonAsync("/api/admin/discount-codes", new { code = "TOO-MUCH", kind = "PERCENT", value = 150 })).ProblemAsync(400);
        var amount = await (await admin.PostJsonAsync("/api/admin/discount-codes", new { code = "NO-CURRENCY", kind = "AMOUNT", value = 5 })).ProblemAsync(400);
        var method = await (await admin.PostJsonAsync("/api/admin/shipping-methods", new { shippingMethodId = "neg", name = "Neg", price = -1, currency = "USD", countries = new[] { "US" } })).ProblemAsync(400);
        var rate = await (await admin.PostJsonAsync("/api/admin/tax-rates", new { country = "ZZ", name = "Tax", percent = 101 })).ProblemAsync(400);

        Assert.NotNull(code["errors"]!["value"]);
        Assert.NotNull(amount["errors"]!["currency"]);
        Assert.NotNull(method["errors"]!["price"]);
        Assert.NotNull(rate["errors"]!["country"]);
        Assert.NotNull(rate["errors"]!["percent"]);
    }

    private static async Task<string> CheckOutAsync(HttpClient customer, string productId, string code)
    {
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var placed = await customer.PostJsonAsync("/api/orders/checkout", new { discountCode = code });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (string)(await placed.JsonAsync())["order"]!["orderId"]!;
    }

    private static async Task<int> RedeemedAsync(HttpClient admin, string code) => (int)(await admin.GetJsonAsync($"/api/admin/discount-codes/{code}"))["redeemed"]!;
}
