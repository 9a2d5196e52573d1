using System.Net;
using Amazon.DynamoDBv2;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.Api.Tests.Pricing;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Checkout;

[Collection(ShopApiCollection.Name)]
public sealed class CheckoutRulesTests(ShopApi shop)
{
    [Fact]
    public async Task Thirty_shoppers_racing_for_the_last_ten_units_get_exactly_ten_orders()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 5m, stock: 10);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => shop.NewCustomerAsync()));
        foreach (var (customer, _, _) in shoppers)
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        }

        var answers = await Task.WhenAll(shoppers.Select(s => s.Client.PostAsync("/api/orders/checkout", null)));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        var refusals = answers.Where(a => a.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(20, refusals.Count);
        foreach (var refusal in refusals)
        {
            await refusal.ProblemAsync(409, $"Checkout failed: Out of stock for {productId}");
        }
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(0, (int)stock["availableQty"]!);
        // No orphan reservation: what is reserved is exactly what the ten orders hold.
        Assert.Equal(10, (int)stock["reservedQty"]!);
        var ordered = 0;
        foreach (var (customer, _, _) in shoppers)
        {
            ordered += (await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray().Sum(o => (int)o!["items"]![0]!["qty"]!);
        }
        Assert.Equal(10, ordered);
        await ShopInvariants.AssertHoldAsync(shop, [productId], shoppers.Select(s => s.UserId).ToList());
    }

    [Fact]
    public async Task Another_shopper_cannot_see_or_pay_an_order_or_see_a_payment()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (alice, aliceId, _) = await shop.NewCustomerAsync();
        var (bob, _, _) = await shop.NewCustomerAsync();
        await alice.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var orderId = (string)(await (await alice.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;

        await (await bob.GetAsync($"/api/orders/{orderId}")).ProblemAsync(404, "Order not found");
        await (await bob.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).ProblemAsync(404, "Order not found");
        await (await bob.PostAsync($"/api/orders/{orderId}/cancel", null)).ProblemAsync(404, "Order not found");
        Assert.Empty((await bob.GetJsonAsync($"/api/orders?userId={aliceId}"))["items"]!.AsArray());

        var paymentId = (string)(await (await alice.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).JsonAsync())["payment"]!["paymentId"]!;
        await (await bob.GetAsync($"/api/payments/{paymentId}")).ProblemAsync(404, "Payment not found");
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/api/payments/{paymentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/orders/{orderId}")).StatusCode);
    }

    [Fact]
    public async Task A_userId_in_the_query_never_selects_someone_elses_cart()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (alice, aliceId, _) = await shop.NewCustomerAsync();
        var (bob, bobId, _) = await shop.NewCustomerAsync();
        await alice.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });

        var seen = await bob.GetJsonAsync($"/api/cart?userId={aliceId}");
        await bob.DeleteAsync($"/api/cart?userId={aliceId}");
        await bob.PostJsonAsync($"/api/cart/items?userId={aliceId}", new { productId, qty = 1 });

        Assert.Equal(bobId, (string?)seen["userId"]);
        Assert.Empty(seen["items"]!.AsArray());
        var aliceCart = await alice.GetJsonAsync("/api/cart");
        Assert.Equal(2, (int)aliceCart["items"]![0]!["qty"]!);
    }

    [Fact]
    public async Task The_same_checkout_sent_twice_with_one_key_creates_one_order()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var key = Guid.NewGuid().ToString();

        var first = await Send(customer, key, "{}");
        var retry = await Send(customer, key, "{}");
        var changed = await Send(customer, key, "{\"acceptedTotal\": 99}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((string?)(await first.JsonAsync())["order"]!["orderId"], (string?)(await retry.JsonAsync())["order"]!["orderId"]);
        await changed.ProblemAsync(422);
        Assert.Single((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(1, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task An_unpaid_order_past_its_reservation_time_is_cancelled_and_its_stock_freed()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 4);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 3 });
        var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;

        var early = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        Assert.Equal("PENDING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await admin.PostAsync("/api/orders/expire-reservations", null);
        }

        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal("CANCELLED", (string?)order["status"]);
        Assert.Equal("reservation expired", (string?)order["cancelReason"]);
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((4, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
        await (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).ProblemAsync(409);
        Assert.NotNull(early["cancelled"]);
    }

    [Fact]
    public async Task Checkout_makes_the_same_three_dynamodb_calls_for_one_line_or_many_and_with_address_method_code_and_tax()
    {
        var admin = await shop.AdminClientAsync();
        var (small, _, _) = await shop.NewCustomerAsync();
        var (large, _, _) = await shop.NewCustomerAsync();
        var (priced, _, _) = await shop.NewCustomerAsync();
        await small.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 1 });
        for (var i = 0; i < 6; i++)
        {
            await large.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 2 });
            await priced.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 2 });
        }
        // Uruguay is taxed by no other test: a country rate and a region rate, both applied.
        await admin.AddTaxRateAsync("UY", null, "IVA", 22m);
        await admin.AddTaxRateAsync("UY", "MO", "Montevideo levy", 1m);
        var methodId = await admin.AddShippingMethodAsync(5m, ["UY"]);
        var code = await admin.AddDiscountCodeAsync("PERCENT", 5m, redemptionLimit: 100, perShopperLimit: 1);
        var addressId = await priced.AddAddressAsync("UY", "MO", "11000");

        var one = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.Created, (await small.PostAsync("/api/orders/checkout", null)).StatusCode));
        var six = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.Created, (await large.PostAsync("/api/orders/checkout", null)).StatusCode));
        var all = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.Created,
            (await priced.PostJsonAsync("/api/orders/checkout", new { addressId, shippingMethodId = methodId, discountCode = code })).StatusCode));

        // One batch with the cart, the verified e-mail stored at sign-in, the address book, the shipping
        // method and the discount code with the shopper's uses of it; one batch with the prices and the
        // address's tax rates; one transaction (stock, order, unpaid count, redemption, cart). Three calls
        // with or without the choices. Only a shopper with no stored profile goes to Cognito, and that path
        // also writes one (a PutItem).
        Assert.Equal(["BatchGetItem", "BatchGetItem", "TransactWriteItems"], one);
        Assert.Equal(one, six);
        Assert.Equal(one, all);
        // At an address in Montevideo both Uruguay's rate and the region's apply, each shown on its own.
        var order = (await priced.GetJsonAsync("/api/orders"))["items"]![0]!;
        Assert.Equal(["IVA", "Montevideo levy"], order["taxes"]!.AsArray().Select(t => (string)t!["name"]!));
        Assert.Equal(code, (string?)order["discountCode"]);
    }

    [Fact]
    public async Task Adding_to_cart_and_paying_make_a_fixed_number_of_dynamodb_calls()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();

        var add = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode));
        var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
        var pay = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode));

        // Add: the product, the cart and the stock in one batch read, then the conditional save of the cart.
        Assert.Equal(["BatchGetItem", "PutItem"], add);
        // Pay: the order; the attempt recorded with the order moved to PAYING; after the charge, one
        // transaction settling payment, order and stock and recording the invoice as due; the invoice
        // and the last invoice number in one batch, the number taken, the PDF marked stored; then the e-mail's record.
        Assert.Equal(["GetItem", "TransactWriteItems", "TransactWriteItems", "BatchGetItem", "TransactWriteItems", "UpdateItem", "PutItem"], pay);
    }

    [Fact]
    public async Task A_shopper_signed_in_before_profiles_were_stored_gets_one_from_cognito_once()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, userId, _) = await shop.NewCustomerAsync();
        var shoppers = shop.Services.GetServices<TableDefinition>().Single(t => t.TableName.Contains("shoppers", StringComparison.Ordinal)).TableName;
        await shop.Services.GetRequiredService<IAmazonDynamoDB>().DeleteItemAsync(shoppers, new() { ["sub"] = new() { S = userId } });
        await customer.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 1 });

        var first = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.Created, (await customer.PostAsync("/api/orders/checkout", null)).StatusCode));
        await customer.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(stock: 5), qty = 1 });
        var second = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.Created, (await customer.PostAsync("/api/orders/checkout", null)).StatusCode));

        // The first checkout asks Cognito and stores the profile (the PutItem); the next one needs neither.
        Assert.Equal(["BatchGetItem", "BatchGetItem", "PutItem", "TransactWriteItems"], first);
        Assert.Equal(["BatchGetItem", "BatchGetItem", "TransactWriteItems"], second);
    }

    [Fact]
    public async Task A_trip_of_five_adds_checkout_and_pay_makes_at_most_twenty_dynamodb_calls()
    {
        var admin = await shop.AdminClientAsync();
        var productIds = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            productIds.Add(await admin.CreateProductAsync(stock: 5));
        }
        var (customer, _, _) = await shop.NewCustomerAsync();

        var trip = await shop.DynamoDbCalls.CountAsync(async () =>
        {
            foreach (var productId in productIds)
            {
                Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
            }
            var orderId = (string)(await (await customer.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
        });

        // 5 adds of 2 calls, a checkout of 3, a payment of 7 (4, and 3 to issue its invoice).
        Assert.True(trip.Count <= 20, $"{trip.Count} calls: {string.Join(", ", trip)}");
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string key, string body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/orders/checkout")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "Idempotency-Key", key } },
        });
}
