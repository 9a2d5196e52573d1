using System.Net;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.RateLimits;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>The counters an operator follows move when the thing they count happens, over HTTP.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class ShopMetricsTests(ShopApi shop)
{
    [Fact]
    public async Task Checkouts_payments_stock_conflicts_replays_and_email_failures_are_counted()
    {
        using var measured = new ShopMeasurements();
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 3);
        var (shopper, _, _) = await shop.NewCustomerAsync();
        var (latecomer, _, _) = await shop.NewCustomerAsync();

        await (await shopper.PostJsonAsync("/api/cart/items", new { productId, qty = 4 })).ProblemAsync(409, "Out of stock");
        Assert.Equal(HttpStatusCode.OK, (await shopper.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        var key = Guid.NewGuid().ToString();
        var placed = await CheckoutAsync(shopper, key);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal("true", (await CheckoutAsync(shopper, key)).Headers.GetValues("Idempotent-Replayed").Single());
        var orderId = (string)(await placed.JsonAsync())["order"]!["orderId"]!;
        await using (var withoutSes = shop.StartHost((LocalAwsOptions.SesUrlSetting, FreePorts.NowhereUrl())))
        {
            using var client = withoutSes.CreateClientAs(shopper);
            var paid = await (await client.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).JsonAsync();
            Assert.False((bool)paid["emailNotification"]!["success"]!);
        }
        Assert.Equal(HttpStatusCode.OK, (await latecomer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 1, reason = "recount" })).StatusCode);
        await (await latecomer.PostAsync("/api/orders/checkout", null)).ProblemAsync(409, $"Checkout failed: Out of stock for {productId}");

        Assert.Equal(1, measured.Sum("cloudretail.checkouts", "outcome=completed"));
        Assert.Equal(1, measured.Sum("cloudretail.checkouts", "outcome=refused"));
        Assert.Equal(2, measured.Count("cloudretail.checkout.duration"));
        Assert.Equal(1, measured.Sum("cloudretail.payments", "outcome=completed"));
        Assert.Equal(1, measured.Count("cloudretail.payment.duration", "outcome=completed"));
        Assert.Equal(1, measured.Sum("cloudretail.stock_conflicts", "where=cart"));
        Assert.Equal(1, measured.Sum("cloudretail.stock_conflicts", "where=checkout"));
        Assert.Equal(1, measured.Sum("cloudretail.idempotent_replays", "endpoint=Checkout"));
        Assert.Equal(1, measured.Sum("cloudretail.emails", "type=order-confirmed", "outcome=failed"));
    }

    private static Task<HttpResponseMessage> CheckoutAsync(HttpClient client, string key) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/orders/checkout") { Headers = { { "Idempotency-Key", key } } });
}
