using System.Net;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Pricing;

/// <summary>Checkout with an address, a shipping method, tax and a discount code. Countries taxed
/// here (NZ, NO, SE) are taxed by no other test.</summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class PricedCheckoutTests(ShopApi shop)
{
    [Fact]
    public async Task Checkout_charges_what_the_quote_showed_and_the_order_keeps_a_copy_of_the_address()
    {
        var admin = await shop.AdminClientAsync();
        await admin.AddTaxRateAsync("NZ", null, "GST", 15m);
        var methodId = await admin.AddShippingMethodAsync(9.50m, ["NZ"], freeAbove: 1000m);
        var code = await admin.AddDiscountCodeAsync("PERCENT", 10m);
        var productId = await admin.CreateProductAsync(price: 20m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var addressId = await customer.AddAddressAsync("NZ", null, "6011");
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });
        var choices = new { addressId, shippingMethodId = methodId, discountCode = code.ToLowerInvariant() };

        var quote = await (await customer.PostJsonAsync("/api/orders/quote", choices)).JsonAsync();
        var placed = await customer.PostJsonAsync("/api/orders/checkout", new { choices.addressId, choices.shippingMethodId, choices.discountCode, acceptedTotal = (decimal)quote["total"]! });

        // 40.00 of goods, 10 % off is 4.00, shipping 9.50 (not taxed by this shop), GST 15 % of 36.00 is 5.40.
        Assert.Equal((40m, 4m, 9.50m, 5.40m, 50.90m), ((decimal)quote["subtotal"]!, (decimal)quote["discount"]!, (decimal)quote["shipping"]!, (decimal)quote["tax"]!, (decimal)quote["total"]!));
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orders = await customer.GetJsonAsync("/api/orders");
        var order = orders["items"]![0]!;
        Assert.Equal(50.90m, (decimal)order["totalAmount"]!);
        Assert.Equal(50.90m, (decimal)order["total"]!);
        Assert.Equal(code, (string?)order["discountCode"]);
        Assert.Equal("GST", (string?)order["taxes"]![0]!["name"]);
        Assert.Equal((4m, 36m, 5.40m, 41.40m), ((decimal)order["items"]![0]!["discount"]!, (decimal)order["items"]![0]!["net"]!, (decimal)order["items"]![0]!["tax"]!, (decimal)order["items"]![0]!["gross"]!));
        Assert.Equal(methodId, (string?)order["shippingMethod"]!["shippingMethodId"]);
        Assert.Equal("6011", (string?)order["deliveryAddress"]!["postalCode"]);

        await customer.PutJsonAsync($"/api/addresses/{addressId}", new { name = "Moved", line1 = "9 Other Street", city = "Elsewhere", postalCode = "9016", country = "NZ" });
        var orderId = (string)order["orderId"]!;
        var again = await customer.GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal(("Home", "6011"), ((string?)again["deliveryAddress"]!["name"], (string?)again["deliveryAddress"]!["postalCode"]));
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
    }

    [Fact]
    public async Task A_method_must_deliver_to_the_address_and_a_delivery_needs_an_address()
    {
        var admin = await shop.AdminClientAsync();
        var toNorway = await admin.AddShippingMethodAsync(5m, ["NO"]);
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var inSweden = await customer.AddAddressAsync("SE", null, "11122");
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        var wrongCountry = await (await customer.PostJsonAsync("/api/orders/checkout", new { addressId = inSweden, shippingMethodId = toNorway })).ProblemAsync(409);
        Assert.Contains($"Shipping method {toNorway}", (string?)wrongCountry["message"], StringComparison.Ordinal);
        Assert.EndsWith("does not deliver to SE", (string?)wrongCountry["message"], StringComparison.Ordinal);
        var noAddress = await (await customer.PostJsonAsync("/api/orders/checkout", new { shippingMethodId = toNorway })).ProblemAsync(400);
        Assert.NotNull(noAddress["errors"]!["addressId"]);
        await (await customer.PostJsonAsync("/api/orders/checkout", new { shippingMethodId = "no-such-method" })).ProblemAsync(409, "Shipping method no-such-method is not offered");
        var (other, _, _) = await shop.NewCustomerAsync();
        await other.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        await (await other.PostJsonAsync("/api/orders/checkout", new { addressId = inSweden, shippingMethodId = toNorway })).ProblemAsync(404, "Address not found");

        var written = await customer.PostJsonAsync("/api/orders/checkout", new
        {
            shippingMethodId = toNorway,
            deliveryAddress = new { name = "Nora", line1 = "Karl Johans gate 1", city = "Oslo", postalCode = "0154", country = "NO" },
        });
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        Assert.Equal("Oslo", (string?)(await written.JsonAsync())["order"]!["deliveryAddress"]!["city"]);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(1, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task A_bad_checkout_field_is_400_naming_it()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        var admin = await shop.AdminClientAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 1 });

        var address = await (await customer.PostJsonAsync("/api/orders/checkout", new { deliveryAddress = new { name = "X", line1 = "1 Road", city = "Town", postalCode = "1", country = "US" } }))
            .ProblemAsync(400);
        Assert.NotNull(address["errors"]!["deliveryAddress.region"]);
        Assert.NotNull(address["errors"]!["deliveryAddress.postalCode"]);
        var both = await (await customer.PostJsonAsync("/api/orders/checkout", new { addressId = "A-1", deliveryAddress = new { name = "X" } })).ProblemAsync(400);
        Assert.NotNull(both["errors"]!["addressId"]);
        var code = await (await customer.PostJsonAsync("/api/orders/checkout", new { discountCode = "no spaces allowed" })).ProblemAsync(400);
        Assert.NotNull(code["errors"]!["discountCode"]);
        await (await customer.PostJsonAsync("/api/orders/checkout", new { discountCode = "NO-SUCH-CODE" })).ProblemAsync(409, "Discount code NO-SUCH-CODE is unknown");
        Assert.Empty((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_total_changed_between_quote_and_checkout_is_409_with_old_and_new_totals_until_accepted()
    {
        var admin = await shop.AdminClientAsync();
        var methodId = await admin.AddShippingMethodAsync(4m, ["NO"]);
        var productId = await admin.CreateProductAsync(price: 10m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var addressId = await customer.AddAddressAsync("NO", null, "0154");
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var quoted = (decimal)(await (await customer.PostJsonAsync("/api/orders/quote", new { addressId, shippingMethodId = methodId })).JsonAsync())["total"]!;

        await admin.PutJsonAsync($"/api/admin/shipping-methods/{methodId}", new { name = "Dearer", price = 6m, currency = "USD", countries = new[] { "NO" }, minDays = 1, maxDays = 2 });
        var refused = await (await customer.PostJsonAsync("/api/orders/checkout", new { addressId, shippingMethodId = methodId, acceptedTotal = quoted })).ProblemAsync(409);
        var accepted = await customer.PostJsonAsync("/api/orders/checkout", new { addressId, shippingMethodId = methodId, acceptedTotal = (decimal)refused["newTotal"]! });

        Assert.Equal((14m, 14m, 16m), (quoted, (decimal)refused["oldTotal"]!, (decimal)refused["newTotal"]!));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(16m, (decimal)(await accepted.JsonAsync())["order"]!["total"]!);
    }

    [Fact]
    [Trait(ShippedBinary.Host, ShippedBinary.InProcessOnly)]
    public async Task An_order_placed_before_breakdowns_still_reads_lists_and_pays_with_its_total_as_it_was()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12.5m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });
        var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
        await MakeOldShapedAsync(orderId, productId);

        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        var listed = (await customer.GetJsonAsync("/api/orders"))["items"]![0]!;
        var paid = await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        Assert.Equal((25m, 25m, 25m, 0m, 0m, 0m), ((decimal)order["totalAmount"]!, (decimal)order["subtotal"]!, (decimal)order["total"]!,
            (decimal)order["tax"]!, (decimal)order["shipping"]!, (decimal)order["discount"]!));
        Assert.Null(order["deliveryAddress"]);
        Assert.Equal(25m, (decimal)listed["total"]!);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(25m, (decimal)(await paid.JsonAsync())["payment"]!["amount"]!);
    }

    /// <summary>Rewrites the order's item as the original API stored it: lines and total, nothing of the breakdown.</summary>
    private async Task MakeOldShapedAsync(string orderId, string productId)
    {
        var table = shop.Services.GetRequiredService<IConfiguration>().Setting(ShopSettings.OrdersTable, "cloudretail-orders");
        await shop.Services.GetRequiredService<IAmazonDynamoDB>().UpdateItemAsync(new UpdateItemRequest
        {
            TableName = table,
            Key = new() { ["orderId"] = new() { S = orderId } },
            UpdateExpression = "SET #items = :items REMOVE subtotal, discount, shipping, tax, taxes, pricesIncludeTax",
            ExpressionAttributeNames = new() { ["#items"] = "items" },
            ExpressionAttributeValues = new()
            {
                [":items"] = new() { L = [new() { M = new() { ["productId"] = new() { S = productId }, ["name"] = new() { S = "Old" }, ["qty"] = new() { N = "2" }, ["price"] = new() { N = "12.5" } } }] },
            },
        });
    }
}
