using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Checkout;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Faults;

/// <summary>
/// Each dependency is broken under a running host (through a <see cref="FaultProxy"/>) and healed
/// again. What the client saw and how long recovery took are printed for the record.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class DependencyFaultTests(ShopApi shop, RunReport report, ITestOutputHelper output) : IClassFixture<RunReport>
{
    [Theory]
    [InlineData(Fault.Refuse)]
    [InlineData(Fault.Reset)]
    public async Task DynamoDb_down_makes_readiness_503_and_the_api_answers_again_without_a_restart(Fault fault)
    {
        var productId = await (await shop.AdminClientAsync()).CreateProductAsync(price: 4m, stock: 2);
        await using var faulty = FaultyShop.Start(shop, LocalAwsOptions.DynamoDbUrlSetting);
        using var client = faulty.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/ready")).StatusCode);

        faulty.Proxy.Break(fault);
        var clock = Stopwatch.StartNew();
        var ready = await client.GetAsync("/api/health/ready");
        var product = await client.GetAsync($"/api/products/{productId}");
        var seen = clock.Elapsed;

        await ready.ProblemAsync(503, "DynamoDB is unreachable");
        var problem = await product.ProblemAsync(503);
        Assert.True(product.Headers.RetryAfter is not null, "a 503 says when to try again");
        Assert.DoesNotContain("127.0.0.1", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        faulty.Proxy.Heal();
        var recovery = await FaultyShop.TimeUntilAsync(() => client.GetAsync($"/api/products/{productId}"), 200);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health/ready")).StatusCode);
        Print($"DynamoDB {fault}: client saw readiness 503 and product 503 with Retry-After within {seen.TotalMilliseconds:F0} ms; answered 200 {recovery.TotalMilliseconds:F0} ms after healing");
    }

    /// <summary>The connection drops as the checkout transaction is sent: before it reaches DynamoDB, or
    /// after (the answer lost). Either way the order, the reservation and the cart's deletion happened
    /// together or not at all.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_checkout_cut_off_mid_transaction_is_all_or_nothing(bool requestReachedDynamoDb)
    {
        var admin = await shop.AdminClientAsync();
        var mouse = await admin.CreateProductAsync(price: 5m, stock: 10);
        var cable = await admin.CreateProductAsync(price: 3m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = mouse, qty = 2 });
        await customer.PostJsonAsync("/api/cart/items", new { productId = cable, qty = 3 });
        await using var faulty = FaultyShop.Start(shop, LocalAwsOptions.DynamoDbUrlSetting);
        using var client = faulty.Client(customer.DefaultRequestHeaders.Authorization!.Parameter);

        faulty.Proxy.BreakWhenSent("DynamoDB_20120810.TransactWriteItems", Fault.Reset, forward: requestReachedDynamoDb);
        var checkout = await client.PostAsync("/api/orders/checkout", content: null);
        faulty.Proxy.Heal();

        Assert.Equal(1, faulty.Proxy.Trapped);
        Print($"checkout cut off ({(requestReachedDynamoDb ? "after" : "before")} DynamoDB got it): client saw {(int)checkout.StatusCode}");
        if (checkout.StatusCode != HttpStatusCode.Created)
        {
            await checkout.ProblemAsync(503);
        }
        var orders = (await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray();
        var cart = (await customer.GetJsonAsync("/api/cart"))["items"]!.AsArray();
        var mouseStock = await shop.Client.GetJsonAsync($"/api/inventory/{mouse}");
        var cableStock = await shop.Client.GetJsonAsync($"/api/inventory/{cable}");
        var placed = orders.Count == 1;
        Assert.Equal(placed ? 0 : 2, cart.Count);
        Assert.Equal(placed ? (8, 2) : (10, 0), ((int)mouseStock["availableQty"]!, (int)mouseStock["reservedQty"]!));
        Assert.Equal(placed ? (7, 3) : (10, 0), ((int)cableStock["availableQty"]!, (int)cableStock["reservedQty"]!));
        Print($"  afterwards: order {(placed ? "placed, cart emptied, 5 units reserved" : "absent, cart and stock untouched")}");
    }

    [Theory]
    [InlineData(Fault.Refuse)]
    [InlineData(Fault.Drop)]
    public async Task Cognito_keys_unavailable_make_signed_in_calls_503_with_retry_after_not_401_and_they_recover(Fault fault)
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        await using var faulty = FaultyShop.Start(shop, LocalAwsOptions.CognitoUrlSetting);
        using var anonymous = faulty.Client();
        using var signedIn = faulty.Client(ReissuedFor(faulty, customer.DefaultRequestHeaders.Authorization!.Parameter!));

        faulty.Proxy.Break(fault);
        var clock = Stopwatch.StartNew();
        var me = await signedIn.GetAsync("/api/cart");
        var seen = clock.Elapsed;

        await me.ProblemAsync(503);
        Assert.Equal(TimeSpan.FromSeconds(5), me.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/products?limit=1")).StatusCode);
        await (await anonymous.GetAsync("/api/cart")).ProblemAsync(401);

        faulty.Proxy.Heal();
        var recovery = await FaultyShop.TimeUntilAsync(() => signedIn.GetAsync("/api/cart"), 200);
        Print($"Cognito keys {fault}: client saw 503 Retry-After: 5 in {seen.TotalMilliseconds:F0} ms; signed-in calls 200 again {recovery.TotalMilliseconds:F0} ms after healing");
    }

    [Fact]
    public async Task Ses_down_payments_still_succeed_and_the_mail_is_recorded_failed_and_sent_on_retry()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 9m, stock: 3);
        var (customer, _, email) = await shop.NewCustomerAsync();
        await using var faulty = FaultyShop.Start(shop, LocalAwsOptions.SesUrlSetting);
        using var client = faulty.Client(customer.DefaultRequestHeaders.Authorization!.Parameter);
        await client.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var orderId = (string)(await (await client.PostAsync("/api/orders/checkout", null)).JsonAsync())["order"]!["orderId"]!;

        faulty.Proxy.Break(Fault.Reset);
        var paid = await client.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        Assert.True(paid.IsSuccessStatusCode, await paid.Content.ReadAsStringAsync());
        var body = await paid.JsonAsync();
        Assert.Equal("CONFIRMED", (string?)body["orderUpdate"]!["status"]);
        Assert.False((bool)body["emailNotification"]!["success"]!);
        var failed = await FailedNotificationForAsync(admin, orderId);
        Assert.Equal("FAILED", (string?)failed["status"]);
        Assert.Empty(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order confirmed"));

        faulty.Proxy.Heal();
        var clock = Stopwatch.StartNew();
        var retried = await admin.PostAsync($"/api/notifications/{(string)failed["notificationId"]!}/retry", content: null);

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order confirmed"));
        Print($"SES reset: payment answered {(int)paid.StatusCode} CONFIRMED, e-mail recorded FAILED; retry sent it {clock.Elapsed.TotalMilliseconds:F0} ms after healing");
    }

    [Fact]
    public async Task S3_down_product_reads_still_work_because_signing_needs_no_network()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();
        var created = await admin.PostJsonAsync("/api/products", new { productId, name = "Lamp", category = "Test", price = 20m, currency = "USD", imageKey = $"products/{productId}.jpg" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await using var faulty = FaultyShop.Start(shop, LocalAwsOptions.S3UrlSetting);
        using var client = faulty.Client();

        faulty.Proxy.Break(Fault.Refuse);
        var product = await client.GetAsync($"/api/products/{productId}");
        var list = await client.GetAsync("/api/products?limit=5");

        Assert.Equal(HttpStatusCode.OK, product.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var imageUrl = (string?)(await product.JsonAsync())["imageUrl"];
        Assert.Contains("X-Amz-Signature=", imageUrl, StringComparison.Ordinal);
        Print("S3 refused: product and list reads 200 with signed image URLs");
    }

    private void Print(string line)
    {
        output.WriteLine(line);
        report.Print(line);
    }

    /// <summary>The customer's token as the pool would issue it to the faulty host: cognito-local names
    /// itself after its own port, and the faulty host expects the proxy's in the issuer.</summary>
    private static string ReissuedFor(FaultyShop faulty, string accessToken)
    {
        var real = new JsonWebToken(accessToken);
        var poolId = real.Issuer[(real.Issuer.LastIndexOf('/') + 1)..];
        return TokenForge.AccessToken($"{faulty.Proxy.Url}/{poolId}", real.GetClaim("client_id").Value, real.Subject, TokenForge.EmulatorKey);
    }

    private static async Task<JsonNode> FailedNotificationForAsync(HttpClient admin, string orderId)
    {
        var failed = (await admin.GetJsonAsync("/api/notifications?status=FAILED&limit=100"))["items"]!.AsArray();
        return failed.Single(n => (string?)n!["orderId"] == orderId)!;
    }
}
