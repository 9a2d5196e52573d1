using CloudRetail.Api.Tests.Invariants;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
public sealed class CardPaymentTests(ShopApi shop)
{
    [Fact]
    public async Task A_card_payment_is_confirmed_only_when_the_signed_webhook_arrives()
    {
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, shop.CardHost);
        using var charges = new ChargeCounter(shop.CardHost.Services);

        var intent = await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242 4242 4242 4242" });

        Assert.Equal(HttpStatusCode.Accepted, intent.StatusCode);
        var body = await intent.JsonAsync();
        Assert.Equal("PAYING", (string?)body["orderUpdate"]!["status"]);
        Assert.Equal("PROCESSING", (string?)body["payment"]!["status"]);
        var order = await SettledAsync(customer, orderId);
        Assert.Equal("CONFIRMED", (string?)order["status"]);
        Assert.Equal("SUCCESS", (string?)(await customer.GetJsonAsync($"/api/payments/{order["paymentId"]}"))["status"]);
        Assert.Equal(1, charges.Charges);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.CardHost.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_declined_card_cancels_the_order_and_frees_its_stock()
    {
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, shop.CardHost);

        var intent = await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4000 0000 0000 0002" });

        Assert.Equal(HttpStatusCode.Accepted, intent.StatusCode);
        var order = await SettledAsync(customer, orderId);
        Assert.Equal("CANCELLED", (string?)order["status"]);
        Assert.Equal("payment failed", (string?)order["cancelReason"]);
        var stock = await admin.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((5, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
    }

    [Fact]
    public async Task Forged_stale_and_replayed_webhooks_are_refused_and_change_nothing()
    {
        var host = shop.UnreachableWebhookHost;
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, host);
        var paymentId = (string)(await (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).JsonAsync())["payment"]!["paymentId"]!;
        var anonymous = host.CreateClient();
        var succeeded = Event("payment.succeeded", paymentId);

        await (await Post(anonymous, succeeded, "a-different-secret-0123456789", DateTimeOffset.UtcNow)).ProblemAsync(401);
        await (await Post(anonymous, succeeded, ShopApi.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-6))).ProblemAsync(401);
        await (await Post(anonymous, succeeded, ShopApi.WebhookSecret, DateTimeOffset.UtcNow, tamper: b => b.Replace("succeeded", "declined"))).ProblemAsync(401);
        await (await Post(anonymous, succeeded, null, DateTimeOffset.UtcNow)).ProblemAsync(401);
        await (await Post(anonymous, Event("payment.succeeded", $"PAY-{Guid.NewGuid():D}"), ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).ProblemAsync(404);
        await (await Post(anonymous, Event("payment.succeeded", "PAY-unknown"), ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).ProblemAsync(400, "paymentId must be PAY- followed by a UUID");
        await (await Post(anonymous, Event("payment.succeeded", paymentId, eventId: new string('x', 2000)), ShopApi.WebhookSecret, DateTimeOffset.UtcNow))
            .ProblemAsync(400, "id must be 1 to 100 letters, digits, '_' or '-'");
        await (await Post(anonymous, "{\"id\": 1}", ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).ProblemAsync(400);
        Assert.Equal("PAYING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);

        Assert.Equal(HttpStatusCode.OK, (await Post(anonymous, succeeded, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).StatusCode);
        await (await Post(anonymous, succeeded, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).ProblemAsync(409, $"Event {EventId(succeeded)} was already processed");
        var lateDecline = await Post(anonymous, Event("payment.declined", paymentId), ShopApi.WebhookSecret, DateTimeOffset.UtcNow);

        Assert.Equal("Payment was already settled", (string?)(await lateDecline.JsonAsync())["message"]);
        Assert.Equal("CONFIRMED", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        Assert.Equal("SUCCESS", (string?)(await customer.GetJsonAsync($"/api/payments/{paymentId}"))["status"]);
        await PendingOrderLimitTests.NotFoundOrBadIdAsync(await admin.GetAsync($"/api/payments/{Uri.EscapeDataString($"EVENT#{EventId(succeeded)}")}"));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task Payments_whose_outcome_never_arrived_are_settled_by_the_sweep()
    {
        var host = shop.UnreachableWebhookHost;
        var (payer, admin, paidProduct, paidOrder) = await PendingOrderAsync(shop, host);
        var (decliner, _, declinedProduct, declinedOrder) = await PendingOrderAsync(shop, host);
        using var charges = new ChargeCounter(host.Services);
        Assert.Equal(HttpStatusCode.Accepted, (await payer.PostJsonAsync("/api/payments", new { orderId = paidOrder, cardNumber = "4242424242424242" })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await decliner.PostJsonAsync("/api/payments", new { orderId = declinedOrder, cardNumber = "4000000000000002" })).StatusCode);

        var early = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        JsonNode swept;
        using (host.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            swept = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        }

        Assert.True((int)swept["paymentsSettled"]! >= 2, swept.ToJsonString());
        Assert.Equal(0, (int)early["paymentsSettled"]!);
        Assert.Equal("CONFIRMED", (string?)(await payer.GetJsonAsync($"/api/orders/{paidOrder}"))["status"]);
        Assert.Equal("CANCELLED", (string?)(await decliner.GetJsonAsync($"/api/orders/{declinedOrder}"))["status"]);
        Assert.Equal(2, charges.Charges);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [paidProduct, declinedProduct], [paidOrder, declinedOrder]));
    }

    [Fact]
    public async Task A_charge_the_order_cannot_take_is_voided_and_a_stuck_order_does_not_stop_the_sweep()
    {
        var host = shop.UnreachableWebhookHost;
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, host);
        var (_, _, _, unpaidOrder) = await PendingOrderAsync(shop, host);
        using var charges = new ChargeCounter(host.Services);
        var paymentId = (string)(await (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).JsonAsync())["payment"]!["paymentId"]!;
        // Someone edits the stock record by hand and drops the reservation under the PAYING order.
        await SetStockRecordAsync(host, productId, available: 5, reserved: 0);

        var webhook = await (await Post(host.CreateClient(), Event("payment.succeeded", paymentId), ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).JsonAsync();

        Assert.Equal("VOIDED", (string?)webhook["status"]);
        Assert.Equal("VOIDED", (string?)(await customer.GetJsonAsync($"/api/payments/{paymentId}"))["status"]);
        Assert.Equal((1, 1), (charges.Charges, charges.Voids));
        Assert.Equal("PAYING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        JsonNode stuck;
        using (host.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            stuck = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        }
        Assert.True((int)stuck["unsettled"]! >= 1, stuck.ToJsonString());
        Assert.Equal("CANCELLED", (string?)(await admin.GetJsonAsync($"/api/orders/{unpaidOrder}"))["status"]);
        Assert.Equal("PAYING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);

        await SetStockRecordAsync(host, productId, available: 3, reserved: 2);
        using (host.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await admin.PostAsync("/api/orders/expire-reservations", null);
        }
        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal(("CANCELLED", "payment failed"), ((string?)order["status"], (string?)order["cancelReason"]));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_card_payment_needs_a_card_number_and_no_status()
    {
        var (customer, _, _, orderId) = await PendingOrderAsync(shop, shop.CardHost);

        var noCard = await (await customer.PostJsonAsync("/api/payments", new { orderId })).ProblemAsync(400);
        var saysSuccess = await (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS", cardNumber = "4242424242424242" })).ProblemAsync(400);

        Assert.NotNull(noCard["errors"]!["cardNumber"]);
        Assert.NotNull(saysSuccess["errors"]!["status"]);
        Assert.Equal("CARD_SIMULATOR", (string?)(await shop.CardHost.CreateClient().GetJsonAsync("/api/payments/provider"))["provider"]);
        Assert.Equal("PENDING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
    }

    internal static async Task<(HttpClient Customer, HttpClient Admin, string ProductId, string OrderId)> PendingOrderAsync(ShopApi shop, ShopApiFactory host)
    {
        var admin = host.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 5);
        var customer = host.CreateClientAs((await shop.NewCustomerAsync()).Client);
        return (customer, admin, productId, await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 2));
    }

    /// <summary>Straight to the table, as no endpoint may move reserved stock without its order.</summary>
    internal static Task<UpdateItemResponse> SetStockRecordAsync(ShopApiFactory host, string productId, int available, int reserved) =>
        host.Services.GetRequiredService<IAmazonDynamoDB>().UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "cloudretail-inventory",
            Key = new() { ["productId"] = new() { S = productId } },
            UpdateExpression = "SET availableQty = :available, reservedQty = :reserved",
            ExpressionAttributeValues = new()
            {
                [":available"] = new() { N = available.ToString(CultureInfo.InvariantCulture) },
                [":reserved"] = new() { N = reserved.ToString(CultureInfo.InvariantCulture) },
            },
        });

    /// <summary>Polls as the storefront does until the order leaves PAYING.</summary>
    internal static async Task<JsonNode> SettledAsync(HttpClient customer, string orderId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
            if ((string?)order["status"] != "PAYING" || DateTime.UtcNow > deadline)
            {
                return order;
            }
            await Task.Delay(100);
        }
    }

    internal static string Event(string type, string paymentId, string? eventId = null, string? refundId = null)
    {
        var body = new JsonObject { ["id"] = eventId ?? $"evt_{Guid.NewGuid():N}", ["type"] = type, ["paymentId"] = paymentId };
        if (refundId is not null)
        {
            body["refundId"] = refundId;
        }
        return body.ToJsonString();
    }

    internal static string EventId(string body) => (string)JsonNode.Parse(body)!["id"]!;

    /// <summary>Signs as the processor does: HMAC-SHA256 over "&lt;unix time&gt;.&lt;raw body&gt;".</summary>
    internal static Task<HttpResponseMessage> Post(HttpClient client, string body, string? secret, DateTimeOffset at, Func<string, string>? tamper = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhook")
        {
            Content = new StringContent(tamper?.Invoke(body) ?? body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
            request.Headers.Add("Payment-Signature", $"t={timestamp},v1={signature}");
        }
        return client.SendAsync(request);
    }
}
