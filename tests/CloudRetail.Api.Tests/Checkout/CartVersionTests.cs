using System.Net;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;

namespace CloudRetail.Api.Tests.Checkout;

/// <summary>A checked-out or cleared cart never comes back: emptying it makes a new version, so an
/// add that read the old lines fails its condition and retries on the empty cart.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class CartVersionTests(ShopApi shop)
{
    [Fact]
    public async Task An_add_that_read_the_cart_before_checkout_does_not_bring_the_ordered_lines_back()
    {
        var (customer, userId, ordered, added) = await ShopperWithOneLineAsync();
        var save = shop.DynamoDbCalls.HoldNext(CartSaveOf(userId));
        var add = customer.PostJsonAsync("/api/cart/items", new { productId = added, qty = 1 });
        await save.Reached;

        Assert.Equal(HttpStatusCode.Created, (await customer.PostAsync("/api/orders/checkout", null)).StatusCode);
        save.Release();

        Assert.Equal(HttpStatusCode.OK, (await add).StatusCode);
        Assert.Equal([added], await CartProductsAsync(customer));
        var second = await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync();
        Assert.Equal([added], second["order"]!["items"]!.AsArray().Select(l => (string)l!["productId"]!));
        Assert.DoesNotContain(ordered, await CartProductsAsync(customer));
    }

    [Fact]
    public async Task An_add_that_read_the_cart_before_it_was_cleared_does_not_bring_the_cleared_lines_back()
    {
        var (customer, userId, cleared, added) = await ShopperWithOneLineAsync();
        var save = shop.DynamoDbCalls.HoldNext(CartSaveOf(userId));
        var add = customer.PostJsonAsync("/api/cart/items", new { productId = added, qty = 1 });
        await save.Reached;

        Assert.Equal(HttpStatusCode.OK, (await customer.DeleteAsync("/api/cart")).StatusCode);
        save.Release();

        Assert.Equal(HttpStatusCode.OK, (await add).StatusCode);
        Assert.Equal([added], await CartProductsAsync(customer));
        Assert.DoesNotContain(cleared, await CartProductsAsync(customer));
    }

    [Fact]
    public async Task Adds_racing_a_checkout_end_either_in_the_order_or_in_the_cart_never_both()
    {
        var admin = await shop.AdminClientAsync();
        var products = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => admin.CreateProductAsync(stock: 50)));
        var (customer, userId, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = products[0], qty = 1 });

        var answers = await Task.WhenAll(products.Skip(1).Select(p => customer.PostJsonAsync("/api/cart/items", new { productId = p, qty = 1 }))
            .Append(customer.PostAsync("/api/orders/checkout", null)));

        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"{(int)a.StatusCode}"));
        var orderedLines = (await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray()
            .SelectMany(o => o!["items"]!.AsArray().Select(l => (string)l!["productId"]!)).ToList();
        var cartLines = await CartProductsAsync(customer);
        Assert.Empty(orderedLines.Intersect(cartLines));
        await ShopInvariants.AssertHoldAsync(shop, products, [userId]);
    }

    [Fact]
    public async Task A_product_in_another_currency_than_the_cart_is_409()
    {
        var admin = await shop.AdminClientAsync();
        var dollars = await admin.CreateProductAsync(stock: 5);
        var euros = await admin.CreateProductAsync(stock: 5, currency: "EUR");
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = dollars, qty = 1 });

        var response = await customer.PostJsonAsync("/api/cart/items", new { productId = euros, qty = 1 });

        await response.ProblemAsync(409, $"The cart is in USD; {euros} is priced in EUR");
        Assert.Equal([dollars], await CartProductsAsync(customer));
    }

    [Fact]
    public async Task Checkout_of_a_cart_whose_product_changed_currency_is_409_and_reserves_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var stays = await admin.CreateProductAsync(stock: 5);
        var moves = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = stays, qty = 1 });
        await customer.PostJsonAsync("/api/cart/items", new { productId = moves, qty = 1 });
        var renamed = await admin.PutJsonAsync($"/api/products/{moves}", new { name = "Moved", category = "Test", price = 10m, currency = "EUR" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var response = await customer.PostAsync("/api/orders/checkout", null);

        await response.ProblemAsync(409, "Checkout failed: the cart's products are priced in different currencies; remove one and check out again");
        Assert.Equal(0, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{moves}"))["reservedQty"]!);
    }

    private async Task<(HttpClient Customer, string UserId, string InCart, string Added)> ShopperWithOneLineAsync()
    {
        var admin = await shop.AdminClientAsync();
        var inCart = await admin.CreateProductAsync(stock: 5);
        var added = await admin.CreateProductAsync(stock: 5);
        var (customer, userId, _) = await shop.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId = inCart, qty = 1 })).StatusCode);
        return (customer, userId, inCart, added);
    }

    /// <summary>The add-to-cart's conditional save of this shopper's cart.</summary>
    private static Func<object, bool> CartSaveOf(string userId) => request =>
        request is PutItemRequest put && put.Item.TryGetValue("userId", out var owner) && owner.S == userId && put.Item.ContainsKey("version");

    private static async Task<List<string>> CartProductsAsync(HttpClient customer) =>
        (await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray().Select(l => (string)l!["productId"]!).ToList();
}
