using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Pricing;

/// <summary>The shop's settings: the default shipping method, where collection is taxed, whether
/// prices include tax. Each test runs a host of its own on the run's tables; Iceland (IS) and
/// Chile (CL) are taxed by no other test.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class ShopDefaultsTests(ShopApi shop)
{
    [Fact]
    public async Task An_empty_body_still_checks_out_with_a_default_method_that_needs_no_address_taxed_at_the_shop()
    {
        var admin = await shop.AdminClientAsync();
        var collect = await admin.AddShippingMethodAsync(0m, [], requiresAddress: false);
        await admin.AddTaxRateAsync("IS", null, "VSK", 24m);
        await using var host = shop.StartHost((ShopSettings.ShopDefaultShippingMethod, collect), (ShopSettings.ShopCountry, "IS"),
            (ShopSettings.ShopPricesIncludeTax, "true"));
        var productId = await admin.CreateProductAsync(price: 124m, stock: 5);
        var customer = host.CreateClientAs((await shop.NewCustomerAsync()).Client);
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        var placed = await customer.PostAsync("/api/orders/checkout", null);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = (await placed.JsonAsync())["order"]!;
        // Prices include tax: 124.00 is 100.00 net and 24.00 VSK, collected at the shop in Iceland.
        Assert.Equal((124m, 24m, 0m), ((decimal)order["total"]!, (decimal)order["tax"]!, (decimal)order["shipping"]!));
        Assert.Equal(100m, (decimal)order["items"]![0]!["net"]!);
        Assert.True((bool)order["pricesIncludeTax"]!);
        Assert.Equal(collect, (string?)order["shippingMethod"]!["shippingMethodId"]);
        Assert.Null(order["deliveryAddress"]);
        var listed = await host.CreateClient().GetJsonAsync("/api/shipping-methods?country=CL");
        Assert.Equal(collect, (string?)listed["defaultShippingMethodId"]);
        Assert.Contains(listed["items"]!.AsArray(), m => (string?)m!["shippingMethodId"] == collect);
    }

    [Fact]
    public async Task An_empty_body_is_400_naming_the_address_when_the_default_method_delivers()
    {
        var admin = await shop.AdminClientAsync();
        var delivery = await admin.AddShippingMethodAsync(6m, ["CL"]);
        await using var host = shop.StartHost((ShopSettings.ShopDefaultShippingMethod, delivery));
        var productId = await admin.CreateProductAsync(stock: 5);
        var customer = host.CreateClientAs((await shop.NewCustomerAsync()).Client);
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });

        var problem = await (await customer.PostAsync("/api/orders/checkout", null)).ProblemAsync(400);
        Assert.NotNull(problem["errors"]!["addressId"]);

        var addressId = await customer.AddAddressAsync("CL", null, "8320000");
        var placed = await customer.PostJsonAsync("/api/orders/checkout", new { addressId });
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(16m, (decimal)(await placed.JsonAsync())["order"]!["total"]!);
    }

    [Fact]
    public async Task Shoppers_see_only_active_methods_that_deliver_to_their_country()
    {
        var admin = await shop.AdminClientAsync();
        var toChile = await admin.AddShippingMethodAsync(3m, ["CL"]);
        var toPeru = await admin.AddShippingMethodAsync(3m, ["PE"]);
        var retired = await admin.AddShippingMethodAsync(1m, ["CL"]);
        await admin.PutJsonAsync($"/api/admin/shipping-methods/{retired}", new { name = "Retired", price = 1m, currency = "USD", countries = new[] { "CL" }, active = false });

        var offered = (await shop.Client.GetJsonAsync("/api/shipping-methods?country=cl"))["items"]!.AsArray().Select(m => (string?)m!["shippingMethodId"]).ToList();
        var all = (await admin.GetJsonAsync("/api/admin/shipping-methods"))["items"]!.AsArray().Select(m => (string?)m!["shippingMethodId"]).ToList();

        Assert.Contains(toChile, offered);
        Assert.DoesNotContain(toPeru, offered);
        Assert.DoesNotContain(retired, offered);
        Assert.Contains(retired, all);
        await (await shop.Client.GetAsync("/api/shipping-methods?country=XX")).ProblemAsync(400);
        await (await admin.DeleteAsync($"/api/admin/shipping-methods/{retired}")).Content.ReadAsStringAsync();
        await (await admin.DeleteAsync($"/api/admin/shipping-methods/{retired}")).ProblemAsync(404, "Shipping method not found");
    }
}
