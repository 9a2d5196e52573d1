using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
public sealed class RefundTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task A_refund_by_lines_gives_back_what_the_units_cost_and_no_unit_twice()
    {
        var admin = await shop.AdminClientAsync();
        var (mouse, cable) = (await admin.CreateProductAsync(price: 10.00m, stock: 5), await admin.CreateProductAsync(price: 7.25m, stock: 5));
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (mouse, 3), (cable, 1));

        var first = await RefundAsync(admin, orderId, new { reason = "one mouse arrived broken", lines = new[] { new { productId = mouse, qty = 1 } } });
        var second = await RefundAsync(admin, orderId, new { reason = "the rest of the mice", lines = new[] { new { productId = mouse, qty = 2 } } });
        var tooMany = await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "again", lines = new[] { new { productId = mouse, qty = 1 } } });

        Assert.Equal(("SUCCEEDED", 10.00m, 20.00m), ((string?)first["status"], (decimal)first["amount"]!, (decimal)second["amount"]!));
        Assert.Contains("only 0 of its 3 units", (string?)(await tooMany.ProblemAsync(409))["message"], StringComparison.Ordinal);
        var listed = await customer.GetJsonAsync($"/api/payments?orderId={orderId}");
        Assert.Equal(30.00m, (decimal)listed["payments"]![0]!["refunded"]!);
        Assert.Equal(["one mouse arrived broken", "the rest of the mice"], listed["refunds"]!.AsArray().Select(r => (string?)r!["reason"]));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [mouse, cable], [orderId]));
    }

    [Fact]
    public async Task A_refund_is_refused_for_an_unpaid_order_more_than_was_collected_and_a_product_not_in_the_order()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 20.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var unpaid = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);

        await (await admin.PostJsonAsync($"/api/orders/{unpaid}/refunds", new { reason = "x", amount = 1m })).ProblemAsync(409, "This order is not paid; there is nothing to refund");
        await customer.PostAsync($"/api/orders/{unpaid}/cancel", null);
        var paid = await PaidOrderAsync(customer, (productId, 1));
        var tooMuch = await (await admin.PostJsonAsync($"/api/orders/{paid}/refunds", new { reason = "x", amount = 20.01m })).ProblemAsync(409);
        var notALine = await (await admin.PostJsonAsync($"/api/orders/{paid}/refunds", new { reason = "x", lines = new[] { new { productId = "T-none", qty = 1 } } })).ProblemAsync(400);
        var noReason = await (await admin.PostJsonAsync($"/api/orders/{paid}/refunds", new { amount = 1m })).ProblemAsync(400);
        var asShopper = await customer.PostJsonAsync($"/api/orders/{paid}/refunds", new { reason = "x", amount = 1m });

        Assert.Equal(20.00m, (decimal)tooMuch["refundable"]!);
        Assert.NotNull(notALine["errors"]!["lines[0].productId"]);
        Assert.NotNull(noReason["errors"]!["reason"]);
        Assert.Equal(HttpStatusCode.Forbidden, asShopper.StatusCode);
        await (await admin.PostJsonAsync($"/api/orders/O-{Guid.NewGuid()}/refunds", new { reason = "x", amount = 1m })).ProblemAsync(404);
    }

    [Fact]
    public async Task Two_parallel_refunds_that_together_exceed_the_payment_leave_exactly_one()
    {
        const int Rounds = 4;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 30.00m, stock: 10);
        var orderIds = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (customer, _, _) = await shop.NewCustomerAsync();
            var orderId = await PaidOrderAsync(customer, (productId, 1));
            orderIds.Add(orderId);

            var answers = await Task.WhenAll(
                KeyedRefundAsync(admin, orderId, new { reason = "first", amount = 20.00m }),
                KeyedRefundAsync(admin, orderId, new { reason = "second", amount = 20.00m }));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            await answers.Single(a => a.StatusCode != HttpStatusCode.Created).ProblemAsync(409);
            Assert.Equal(20.00m, (decimal)(await admin.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["refunded"]!);
        }
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], orderIds));
    }

    [Fact]
    public async Task Many_small_refunds_racing_never_take_back_more_than_was_collected()
    {
        const int Refunds = 12;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 10.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (productId, 1));

        var answers = await Task.WhenAll(Enumerable.Range(0, Refunds).Select(i => KeyedRefundAsync(admin, orderId, new { reason = $"part {i}", amount = 1.00m })));

        var granted = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(409);
        }
        var listed = await admin.GetJsonAsync($"/api/payments?orderId={orderId}");
        output.WriteLine($"{Refunds} racing refunds of 1.00 on 10.00 collected: {granted} granted, refunded {listed["payments"]![0]!["refunded"]}");
        Assert.Equal(10, granted);
        Assert.Equal(10.00m, (decimal)listed["payments"]![0]!["refunded"]!);
        Assert.Equal(10, listed["refunds"]!.AsArray().Count(r => (string?)r!["status"] == "SUCCEEDED"));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_retried_refund_with_the_same_key_refunds_once()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 10.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (productId, 1));
        var key = Guid.NewGuid().ToString();

        var first = await KeyedRefundAsync(admin, orderId, new { reason = "late", amount = 4.00m }, key);
        var retry = await KeyedRefundAsync(admin, orderId, new { reason = "late", amount = 4.00m }, key);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal((string?)(await first.JsonAsync())["refundId"], (string?)(await retry.JsonAsync())["refundId"]);
        Assert.Equal(4.00m, (decimal)(await admin.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["refunded"]!);
    }

    [Fact]
    public async Task Staff_cancel_of_a_paid_order_returns_its_stock_refunds_everything_and_tells_the_shopper()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12.50m, stock: 5);
        var (customer, _, email) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (productId, 2));
        await RefundAsync(admin, orderId, new { reason = "scratched", amount = 5.00m });

        var cancelled = await admin.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "cannot be supplied" });

        var body = await cancelled.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("CANCELLED", (string?)body["order"]!["status"]);
        Assert.Equal("Order cancelled; 20.00 USD refunded", (string?)body["message"]);
        var listed = await customer.GetJsonAsync($"/api/payments?orderId={orderId}");
        Assert.Equal(25.00m, (decimal)listed["payments"]![0]!["refunded"]!);
        Assert.Equal([5.00m, 20.00m], listed["refunds"]!.AsArray().Select(r => (decimal)r!["amount"]!));
        Assert.Equal(5, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!);
        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order cancelled"));
        Assert.Contains("20.00 USD", mail.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_shipped_order_cannot_be_cancelled_by_staff()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (productId, 1));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-9" })).StatusCode);

        await (await admin.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "too late" })).ProblemAsync(409);
        Assert.Equal(0m, (decimal)(await admin.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["refunded"]!);
    }

    [Fact]
    public async Task Only_the_orders_owner_and_staff_see_its_payments()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var (stranger, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaidOrderAsync(customer, (productId, 1));

        Assert.Equal("SUCCESS", (string?)(await customer.GetJsonAsync($"/api/payments?orderId={orderId}"))["payments"]![0]!["status"]);
        Assert.Equal(orderId, (string?)(await admin.GetJsonAsync($"/api/payments?orderId={orderId}"))["orderId"]);
        await (await stranger.GetAsync($"/api/payments?orderId={orderId}")).ProblemAsync(404);
        await (await customer.GetAsync("/api/payments?orderId=not-an-order")).ProblemAsync(400);
    }

    internal static async Task<string> PaidOrderAsync(HttpClient customer, params (string ProductId, int Qty)[] lines)
    {
        foreach (var (productId, qty) in lines)
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty })).StatusCode);
        }
        var checkout = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var orderId = (string)(await checkout.JsonAsync())["order"]!["orderId"]!;
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
        return orderId;
    }

    private static async Task<JsonNode> RefundAsync(HttpClient admin, string orderId, object body)
    {
        var response = await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    private static Task<HttpResponseMessage> KeyedRefundAsync(HttpClient admin, string orderId, object body, string? key = null) =>
        admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{orderId}/refunds")
        {
            Content = JsonContent.Create(body),
            Headers = { { "Idempotency-Key", key ?? Guid.NewGuid().ToString() } },
        });
}
