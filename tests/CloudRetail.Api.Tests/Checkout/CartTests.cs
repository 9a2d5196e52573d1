using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Checkout;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class CartTests(ShopApi shop)
{
    [Fact]
    public async Task A_new_shopper_has_an_empty_cart()
    {
        var (customer, userId, _) = await shop.NewCustomerAsync();

        var cart = await customer.GetJsonAsync("/api/cart");

        Assert.Equal(userId, (string?)cart["userId"]);
        Assert.Empty(cart["items"]!.AsArray());
        Assert.Null(cart["updatedAt"]);
    }

    [Fact]
    public async Task Adding_the_same_product_twice_adds_up_one_line_with_name_price_and_totals()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 2.50m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();

        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });
        var response = await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 3 });

        var body = await response.JsonAsync();
        Assert.Equal("Item added to cart", (string?)body["message"]);
        var line = Assert.Single(body["cart"]!["items"]!.AsArray())!;
        Assert.Equal(5, (int)line["qty"]!);
        Assert.Equal($"Product {productId}", (string?)line["name"]);
        Assert.Equal(12.50m, (decimal)line["lineTotal"]!);
        Assert.Equal(12.50m, (decimal)body["cart"]!["total"]!);
        Assert.Equal("USD", (string?)body["cart"]!["currency"]);
    }

    [Fact]
    public async Task Asking_for_more_than_is_in_stock_is_409_with_the_quantity_left()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 1);
        var (customer, _, _) = await shop.NewCustomerAsync();

        var response = await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });

        var problem = await response.ProblemAsync(409, "Out of stock");
        Assert.Equal(productId, (string?)problem["productId"]);
        Assert.Equal(1, (int)problem["availableQty"]!);
        Assert.Equal(2, (int)problem["requestedQty"]!);
        Assert.Empty((await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Adding_an_unknown_product_is_404()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        await (await customer.PostJsonAsync("/api/cart/items", new { productId = TestCatalog.NewProductId(), qty = 1 })).ProblemAsync(404, "Product not found");
    }

    [Fact]
    public async Task Updating_sets_the_quantity_and_removing_drops_the_line()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });

        var updated = await (await customer.PutJsonAsync($"/api/cart/items/{productId}", new { qty = 7 })).JsonAsync();
        var removed = await (await customer.DeleteAsync($"/api/cart/items/{productId}")).JsonAsync();

        Assert.Equal("Cart item updated", (string?)updated["message"]);
        Assert.Equal(7, (int)updated["cart"]!["items"]![0]!["qty"]!);
        Assert.Equal("Item removed", (string?)removed["message"]);
        Assert.Empty(removed["cart"]!["items"]!.AsArray());
        await (await customer.DeleteAsync($"/api/cart/items/{productId}")).ProblemAsync(404, "Item not in cart");
        await (await customer.PutJsonAsync($"/api/cart/items/{productId}", new { qty = 1 })).ProblemAsync(404, "Item not in cart");
    }

    [Fact]
    public async Task Clearing_empties_the_cart()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, userId, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        var cleared = await (await customer.DeleteAsync("/api/cart")).JsonAsync();

        Assert.Equal("Cart cleared", (string?)cleared["message"]);
        Assert.Equal(userId, (string?)cleared["userId"]);
        Assert.Empty((await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_line_holds_at_most_100_units()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 500);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 60 });

        await (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 60 })).ProblemAsync(409, "A cart line holds at most 100 units");
        await (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 101 })).ProblemAsync(400);
    }

    [Theory]
    [InlineData("{\"productId\": \"P1\"}", "qty")]
    [InlineData("{\"productId\": \"P1\", \"qty\": 0}", "qty")]
    [InlineData("{\"productId\": \"P1\", \"qty\": \"one\"}", "qty")]
    [InlineData("{\"qty\": 1}", "productId")]
    [InlineData("{\"productId\": \"../x\", \"qty\": 1}", "productId")]
    public async Task A_malformed_cart_line_is_400_naming_the_field(string body, string field)
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        var problem = await (await customer.SendRawAsync(HttpMethod.Post, "/api/cart/items", body)).ProblemAsync(400);

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task The_cart_needs_a_signed_in_shopper()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.Client.GetAsync("/api/cart")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.Client.PostAsync("/api/orders/checkout", null)).StatusCode);
    }
}
