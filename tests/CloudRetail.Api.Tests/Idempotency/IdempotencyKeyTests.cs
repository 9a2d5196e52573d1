using System.Net;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Idempotency;

/// <summary>An Idempotency-Key never gets stuck: a request in flight holds a short lease, the answer
/// is kept whatever the client does, and a replayed 201 still says where the order is.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class IdempotencyKeyTests(ShopApi shop)
{
    [Fact]
    public async Task A_client_that_aborts_after_checkout_committed_gets_its_order_on_retry()
    {
        var (customer, userId) = await ShopperWithCartAsync();
        var committed = shop.DynamoDbCalls.HoldNext(CheckoutOf(userId), afterCall: true);
        using var abort = new CancellationTokenSource();

        var first = Checkout(customer, "abort-1", abort.Token);
        await committed.Reached;
        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        // Give Kestrel a moment to see the closed connection before the request goes on.
        await Task.Delay(300);
        committed.Release();

        var retry = await RetryWhileInProgressAsync(() => Checkout(customer, "abort-1"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var orderId = (string)(await retry.JsonAsync())["order"]!["orderId"]!;
        Assert.Equal($"/api/orders/{orderId}", retry.Headers.Location?.OriginalString);
        Assert.Single((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_retry_while_the_first_request_runs_is_409_and_the_first_still_completes()
    {
        var (customer, userId) = await ShopperWithCartAsync();
        var held = shop.DynamoDbCalls.HoldNext(CheckoutOf(userId));

        var first = Checkout(customer, "running-1");
        await held.Reached;
        var second = await Checkout(customer, "running-1");
        held.Release();

        await second.ProblemAsync(409, "A request with this Idempotency-Key is still being processed; retry shortly");
        var created = await first;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var replay = await Checkout(customer, "running-1");
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(created.Headers.Location, replay.Headers.Location);
    }

    [Fact]
    public async Task A_retry_after_the_lease_lapsed_takes_over_and_the_stale_request_cannot_overwrite_its_answer()
    {
        var (customer, userId) = await ShopperWithCartAsync();
        var hung = shop.DynamoDbCalls.HoldNext(CheckoutOf(userId));
        var stale = Checkout(customer, "lease-1");
        await hung.Reached;

        HttpResponseMessage takeover;
        using (shop.Clock.Advance(TimeSpan.FromSeconds(31)))
        {
            takeover = await Checkout(customer, "lease-1");
        }
        hung.Release();
        // The hung request wakes up to a cart the retry already checked out.
        await (await stale).ProblemAsync(409);

        Assert.Equal(HttpStatusCode.Created, takeover.StatusCode);
        var replay = await Checkout(customer, "lease-1");
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal((string)(await takeover.JsonAsync())["order"]!["orderId"]!, (string)(await replay.JsonAsync())["order"]!["orderId"]!);
        Assert.Single((await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_request_that_failed_on_our_side_releases_its_key_for_the_retry()
    {
        var (customer, userId) = await ShopperWithCartAsync();
        var failing = shop.DynamoDbCalls.HoldNext(CheckoutOf(userId));
        var first = Checkout(customer, "failed-1");
        await failing.Reached;
        failing.Fail();

        await (await first).ProblemAsync(500);
        var retry = await Checkout(customer, "failed-1");

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
    }

    /// <summary>DynamoDB committed the checkout and the answer was lost on the way back: the client saw a
    /// 503, and its retry must learn of the order, not find an empty cart.</summary>
    [Fact]
    public async Task A_checkout_committed_whose_answer_was_lost_replays_the_order_on_retry()
    {
        var (customer, userId) = await ShopperWithCartAsync();
        var committed = shop.DynamoDbCalls.HoldNext(CheckoutOf(userId), afterCall: true);

        var first = Checkout(customer, "lost-1");
        await committed.Reached;
        committed.LoseTheAnswer();
        await (await first).ProblemAsync(503);
        var retry = await RetryWhileInProgressAsync(() => Checkout(customer, "lost-1"));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var orders = (await customer.GetJsonAsync("/api/orders"))["items"]!.AsArray();
        var orderId = (string)Assert.Single(orders)!["orderId"]!;
        Assert.Equal(orderId, (string)(await retry.JsonAsync())["order"]!["orderId"]!);
        Assert.Equal($"/api/orders/{orderId}", retry.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_same_key_from_another_shopper_is_independent()
    {
        var (alice, _) = await ShopperWithCartAsync();
        var (bob, _) = await ShopperWithCartAsync();

        var aliceOrder = await Checkout(alice, "shared-key");
        var bobOrder = await Checkout(bob, "shared-key");

        Assert.Equal(HttpStatusCode.Created, aliceOrder.StatusCode);
        Assert.Equal(HttpStatusCode.Created, bobOrder.StatusCode);
        Assert.False(bobOrder.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(aliceOrder.Headers.Location, bobOrder.Headers.Location);
    }

    private async Task<(HttpClient Customer, string UserId)> ShopperWithCartAsync()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, userId, _) = await shop.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        return (customer, userId);
    }

    /// <summary>The checkout transaction of this shopper (it writes their order and their cart).</summary>
    private static Func<object, bool> CheckoutOf(string userId) => request =>
        request is TransactWriteItemsRequest transaction && transaction.TransactItems.Any(w =>
            w.Put?.Item.TryGetValue("userId", out var owner) == true && owner.S == userId);

    private static Task<HttpResponseMessage> Checkout(HttpClient client, string key, CancellationToken cancellationToken = default) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/orders/checkout") { Headers = { { "Idempotency-Key", key } } }, cancellationToken);

    private static async Task<HttpResponseMessage> RetryWhileInProgressAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await send();
            if (response.StatusCode != HttpStatusCode.Conflict || DateTime.UtcNow > deadline)
            {
                return response;
            }
            await Task.Delay(100);
        }
    }
}
