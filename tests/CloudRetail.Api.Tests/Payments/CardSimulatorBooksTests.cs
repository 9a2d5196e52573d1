using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using Microsoft.Extensions.DependencyInjection;
using static CloudRetail.Api.Tests.Payments.CardPaymentTests;

namespace CloudRetail.Api.Tests.Payments;

/// <summary>The card simulator on many instances: its books are in DynamoDB, so any host answers for a
/// charge another host made; lost webhooks are sent again; refunds are settled by their own webhook.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class CardSimulatorBooksTests(ShopApi shop)
{
    [Fact]
    public async Task A_charge_whose_webhook_was_lost_on_one_host_is_settled_paid_by_the_sweep_of_another()
    {
        var charging = shop.UnreachableWebhookHost;
        var (customer, _, productId, orderId) = await PendingOrderAsync(shop, charging);
        Assert.Equal(HttpStatusCode.Accepted, (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).StatusCode);
        var sweeping = shop.CardHost;
        var admin = sweeping.CreateClientAs(await shop.AdminClientAsync());

        JsonNode swept;
        using (sweeping.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            swept = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        }

        Assert.True((int)swept["paymentsSettled"]! >= 1, swept.ToJsonString());
        var order = await sweeping.CreateClientAs(customer).GetJsonAsync($"/api/orders/{orderId}");
        Assert.Equal("CONFIRMED", (string?)order["status"]);
        Assert.Equal("SUCCESS", (string?)(await customer.GetJsonAsync($"/api/payments/{order["paymentId"]}"))["status"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(sweeping.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_webhook_the_shop_never_acknowledged_is_sent_again_by_the_sweep_and_settles_the_payment()
    {
        var (customer, _, productId, orderId) = await PendingOrderAsync(shop, shop.UnreachableWebhookHost);
        Assert.Equal(HttpStatusCode.Accepted, (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).StatusCode);
        var reachable = shop.CardHost;
        var admin = reachable.CreateClientAs(await shop.AdminClientAsync());

        // Two minutes on: the reservation has not expired, so only the re-sent webhook can settle the order.
        using (reachable.Clock.Advance(TimeSpan.FromMinutes(2)))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/orders/expire-reservations", null)).StatusCode);
        }

        Assert.Equal("CONFIRMED", (string?)(await SettledAsync(customer, orderId))["status"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(reachable.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_card_refund_is_settled_by_its_signed_webhook_once_and_issues_a_credit_note()
    {
        var host = shop.CardHost;
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, host);
        await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" });
        Assert.Equal("CONFIRMED", (string?)(await SettledAsync(customer, orderId))["status"]);

        var refund = await (await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "arrived late", amount = 3.00m })).JsonAsync();

        Assert.Equal("PENDING", (string?)refund["status"]);
        var refundId = (string)refund["refundId"]!;
        var settled = await RefundSettledAsync(customer, orderId, refundId);
        Assert.Equal("SUCCEEDED", (string?)settled["status"]);
        var payments = await customer.GetJsonAsync($"/api/payments?orderId={orderId}");
        Assert.Equal(3.00m, (decimal)payments["payments"]![0]!["refunded"]!);
        var paymentId = (string)payments["payments"]![0]!["paymentId"]!;
        var anonymous = host.CreateClient();
        var replay = Event("refund.failed", paymentId, refundId: refundId);
        var late = await (await Post(anonymous, replay, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).JsonAsync();
        Assert.Equal(("Refund was already settled", "SUCCEEDED"), ((string?)late["message"], (string?)late["refundStatus"]));
        Assert.Equal("Refund was already settled", (string?)(await (await Post(anonymous, replay, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).JsonAsync())["message"]);
        await (await Post(anonymous, Event("refund.succeeded", paymentId, refundId: new string('R', 300)), ShopApi.WebhookSecret, DateTimeOffset.UtcNow))
            .ProblemAsync(400, "refundId must be RF- followed by a UUID");
        Assert.Equal(3.00m, (decimal)(await customer.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["refunded"]!);
        var note = Assert.Single((await customer.GetJsonAsync($"/api/orders/{orderId}/credit-notes"))["creditNotes"]!.AsArray())!;
        Assert.Equal(("ISSUED", refundId), ((string?)note["status"], (string?)note["refundId"]));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_card_refund_is_settled_once_by_a_signed_webhook_or_when_it_is_lost_by_the_sweep_asking_the_books_again()
    {
        var host = shop.UnreachableWebhookHost;
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, host);
        var paymentId = (string)(await (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).JsonAsync())["payment"]!["paymentId"]!;
        Assert.Equal(HttpStatusCode.OK, (await Post(host.CreateClient(), Event("payment.succeeded", paymentId), ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).StatusCode);
        var refundId = (string)(await (await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "one was missing", amount = 5.00m })).JsonAsync())["refundId"]!;
        var byHand = (string)(await (await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "late", amount = 1.00m })).JsonAsync())["refundId"]!;
        var signed = Event("refund.succeeded", paymentId, refundId: byHand);
        var applied = await (await Post(host.CreateClient(), signed, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).JsonAsync();
        Assert.Equal(("Refund settled", "SUCCEEDED"), ((string?)applied["message"], (string?)applied["refundStatus"]));
        await (await Post(host.CreateClient(), signed, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).ProblemAsync(409, $"Event {EventId(signed)} was already processed");

        using (host.Clock.Advance(TimeSpan.FromMinutes(3)))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/orders/expire-reservations", null)).StatusCode);
        }

        var refund = (await customer.GetJsonAsync($"/api/payments?orderId={orderId}"))["refunds"]!.AsArray().Single(r => (string?)r!["refundId"] == refundId)!;
        Assert.Equal("SUCCEEDED", (string?)refund["status"]);
        Assert.Equal(6.00m, (decimal)(await customer.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["refunded"]!);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_decline_the_order_cannot_take_is_counted_unsettled_with_its_cause_until_it_can()
    {
        var host = shop.UnreachableWebhookHost;
        var (customer, admin, productId, orderId) = await PendingOrderAsync(shop, host);
        Assert.Equal(HttpStatusCode.Accepted, (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4000000000000002" })).StatusCode);
        await SetStockRecordAsync(host, productId, available: 5, reserved: 0);

        JsonNode stuck;
        using (host.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            stuck = await (await admin.PostAsync("/api/orders/expire-reservations", null)).JsonAsync();
        }

        Assert.True((int)stuck["unsettled"]! >= 1, stuck.ToJsonString());
        Assert.Equal("PAYING", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains(orderId, StringComparison.Ordinal) && e.Message.Contains("ReservationShort", StringComparison.Ordinal));
        await SetStockRecordAsync(host, productId, available: 3, reserved: 2);
        using (host.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            await admin.PostAsync("/api/orders/expire-reservations", null);
        }
        Assert.Equal("CANCELLED", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_webhook_replay_marker_expires_after_the_signature_window_and_a_margin()
    {
        var host = shop.UnreachableWebhookHost;
        var (customer, _, _, orderId) = await PendingOrderAsync(shop, host);
        var paymentId = (string)(await (await customer.PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" })).JsonAsync())["payment"]!["paymentId"]!;
        var succeeded = Event("payment.succeeded", paymentId);
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.OK, (await Post(host.CreateClient(), succeeded, ShopApi.WebhookSecret, DateTimeOffset.UtcNow)).StatusCode);

        var dynamoDb = host.Services.GetRequiredService<IAmazonDynamoDB>();
        var marker = (await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = "cloudretail-payments",
            Key = new() { ["paymentId"] = new() { S = $"EVENT#{EventId(succeeded)}" } },
            ConsistentRead = true,
        })).Item;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(marker["expiresAt"].N, CultureInfo.InvariantCulture));
        Assert.InRange(expiresAt, before + TimeSpan.FromMinutes(65) - TimeSpan.FromSeconds(5), DateTimeOffset.UtcNow + TimeSpan.FromMinutes(65) + TimeSpan.FromSeconds(5));
        var timeToLive = await dynamoDb.DescribeTimeToLiveAsync(new DescribeTimeToLiveRequest { TableName = "cloudretail-payments" });
        Assert.Equal(("expiresAt", "ENABLED"), (timeToLive.TimeToLiveDescription.AttributeName, timeToLive.TimeToLiveDescription.TimeToLiveStatus.Value));
    }

    /// <summary>Polls as the storefront would until the refund leaves PENDING.</summary>
    private static async Task<JsonNode> RefundSettledAsync(HttpClient client, string orderId, string refundId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var refund = (await client.GetJsonAsync($"/api/payments?orderId={orderId}"))["refunds"]!.AsArray().Single(r => (string?)r!["refundId"] == refundId)!;
            if ((string?)refund["status"] != "PENDING" || DateTime.UtcNow > deadline)
            {
                return refund;
            }
            await Task.Delay(100);
        }
    }
}
