using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Payments;
using CloudRetail.Api.Tests.Returns;

namespace CloudRetail.Api.Tests.Analytics;

/// <summary>The dashboard's figures against orders made here. Each test sells in a currency no other
/// test uses, so its money is its own even while other tests sell; counts across currencies (placed,
/// statuses) are compared as at least what the test did.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class DashboardTests(ShopApi shop)
{
    [Fact]
    public async Task The_dashboard_counts_checkout_payment_cancellation_and_refund_of_the_day()
    {
        var admin = await shop.AdminClientAsync();
        var widget = await admin.CreateProductAsync(price: 12.50m, stock: 100, currency: "SEK");
        var gadget = await admin.CreateProductAsync(price: 40.00m, stock: 10, currency: "SEK");
        var before = await TodayAsync(admin);

        var (paying, _, _) = await shop.NewCustomerAsync();
        var (cancelling, _, _) = await shop.NewCustomerAsync();
        var (waiting, _, _) = await shop.NewCustomerAsync();
        var paid = await RefundTests.PaidOrderAsync(paying, (widget, 30));
        var cancelled = await PaymentRaceTests.CheckOutAsync(cancelling, gadget, qty: 1);
        Assert.Equal(HttpStatusCode.OK, (await cancelling.PostAsync($"/api/orders/{cancelled}/cancel", null)).StatusCode);
        var pending = await PaymentRaceTests.CheckOutAsync(waiting, widget, qty: 2);
        var refund = await admin.PostJsonAsync($"/api/orders/{paid}/refunds", new { reason = "one arrived broken", lines = new[] { new { productId = widget, qty = 1 } } });
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        var refunded = (decimal)(await refund.JsonAsync())["amount"]!;
        var paidTotal = (decimal)(await paying.GetJsonAsync($"/api/orders/{paid}"))["total"]!;
        var pendingTotal = (decimal)(await waiting.GetJsonAsync($"/api/orders/{pending}"))["total"]!;
        var after = await TodayAsync(admin);

        Assert.True(Placed(after) - Placed(before) >= 3);
        Assert.True(Status(after, "CONFIRMED") - Status(before, "CONFIRMED") >= 1);
        Assert.True(Status(after, "CANCELLED") - Status(before, "CANCELLED") >= 1);
        Assert.True(Status(after, "PENDING") - Status(before, "PENDING") >= 1);
        Assert.True((int)after["newCustomers"]! - (int)before["newCustomers"]! >= 3);
        // The cancelled order no longer stands: two orders, what they come to, and the refund on the day it was paid.
        var sek = Revenue(after, "SEK");
        Assert.Equal(RevenueOrNull(before, "SEK") is { } was ? (int)was["orders"]! + 2 : 2, (int)sek["orders"]!);
        Assert.Equal(Money(before, "SEK", "total") + paidTotal + pendingTotal, (decimal)sek["total"]!);
        Assert.Equal(Money(before, "SEK", "refunds") + refunded, (decimal)sek["refunds"]!);
        Assert.Equal((decimal)sek["total"]!, (decimal)sek["net"]! + (decimal)sek["shipping"]! + (decimal)sek["tax"]!);
        Assert.Equal(Math.Round((decimal)sek["total"]! / (int)sek["orders"]!, 2, MidpointRounding.AwayFromZero), (decimal)sek["averageOrderValue"]!);
        // 32 units of the widget (30 paid, 2 waiting) stand; the gadget's one unit was cancelled.
        var top = after["topProductsByUnits"]!.AsArray().Single(p => (string?)p!["productId"] == widget)!;
        Assert.Equal((32, "SEK", $"Product {widget}"), ((int)top["units"]!, (string?)top["currency"], (string?)top["name"]));
        Assert.DoesNotContain(after["topProductsByUnits"]!.AsArray(), p => (string?)p!["productId"] == gadget);
        var today = after["days"]!.AsArray().Single()!;
        Assert.Equal((string?)after["period"]!["to"], (string?)today["day"]);
        Assert.Equal((decimal)sek["total"]!, (decimal)today["revenue"]!.AsArray().Single(r => (string?)r!["currency"] == "SEK")!["total"]!);
    }

    [Fact]
    public async Task Parallel_checkouts_are_each_counted_once_with_their_exact_revenue()
    {
        const int Shoppers = 16;
        var admin = await shop.AdminClientAsync();
        // A product each, so that the checkouts meet only on the day's figures.
        var products = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(_ => admin.CreateProductAsync(price: 9.99m, stock: 1, currency: "NOK")));
        var shoppers = await Task.WhenAll(Enumerable.Range(0, Shoppers).Select(_ => shop.NewCustomerAsync()));
        foreach (var ((customer, _, _), productId) in shoppers.Zip(products))
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 1 })).StatusCode);
        }
        var before = await TodayAsync(admin);

        var answers = await Task.WhenAll(shoppers.Select(s => s.Client.PostAsync("/api/orders/checkout", null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var totals = await Task.WhenAll(answers.Select(async a => (decimal)(await a.JsonAsync())["order"]!["total"]!));
        var after = await TodayAsync(admin);
        var nok = Revenue(after, "NOK");
        Assert.Equal((RevenueOrNull(before, "NOK") is { } was ? (int)was["orders"]! : 0) + Shoppers, (int)nok["orders"]!);
        Assert.Equal(Money(before, "NOK", "total") + totals.Sum(), (decimal)nok["total"]!);
        Assert.True(Placed(after) - Placed(before) >= Shoppers);
        Assert.True(Status(after, "PENDING") - Status(before, "PENDING") >= Shoppers);
    }

    [Fact]
    public async Task Reading_the_dashboard_costs_the_same_twenty_four_dynamodb_calls_for_a_day_a_month_or_a_year()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 3m, stock: 10, currency: "DKK");
        var (customer, _, _) = await shop.NewCustomerAsync();
        await RefundTests.PaidOrderAsync(customer, (productId, 2));

        var today = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/dashboard")).StatusCode));
        var month = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/dashboard?period=30d")).StatusCode));
        var year = await shop.DynamoDbCalls.CountAsync(async () => Assert.Equal(HttpStatusCode.OK,
            (await admin.GetAsync($"/api/admin/dashboard?period=custom&from={DateTime.UtcNow.AddDays(-365):yyyy-MM-dd}&to={DateTime.UtcNow:yyyy-MM-dd}")).StatusCode));

        // A Query of each of the ten shards of the figures and of each of the five work queues, a Scan of
        // the stock, one BatchGetItem of the products' names: however many orders the shop has. The unsettled
        // payments' queue counts the PAYING orders in each of the eight shards of the status index: 8 Queries, not 1.
        Assert.Equal(24, today.Count);
        Assert.Equal((22, 1, 1), (today.Count(c => c == "Query"), today.Count(c => c == "Scan"), today.Count(c => c == "BatchGetItem")));
        Assert.Equal(today.Order(), month.Order());
        Assert.Equal(today.Order(), year.Order());
    }

    [Fact]
    public async Task Returns_need_a_person_from_the_shoppers_request_until_staff_approve_or_reject_them()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 8.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await ReturnTests.DeliveredOrderAsync(admin, customer, (productId, 2));
        var before = ReturnsToReview(await TodayAsync(admin));

        var approved = await RequestReturnAsync(customer, orderId, productId);
        var rejected = await RequestReturnAsync(customer, orderId, productId);
        var waiting = ReturnsToReview(await TodayAsync(admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/returns/{approved}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/admin/returns/{rejected}/reject", new { reason = "worn" })).StatusCode);
        var decided = ReturnsToReview(await TodayAsync(admin));

        Assert.Equal(("OPEN_RETURNS", "Returns to review", false), ((string?)waiting["kind"], (string?)waiting["label"], (bool)waiting["atLeast"]!));
        Assert.Equal((int)before["count"]! + 2, (int)waiting["count"]!);
        Assert.Equal((int)before["count"]!, (int)decided["count"]!);
    }

    [Fact]
    public async Task A_bad_period_is_a_problem_naming_the_parameter()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();

        var unknown = await (await admin.GetAsync("/api/admin/dashboard?period=week")).ProblemAsync(400);
        var noDates = await (await admin.GetAsync("/api/admin/dashboard?period=custom")).ProblemAsync(400);
        var backwards = await (await admin.GetAsync("/api/admin/dashboard?period=custom&from=2026-03-02&to=2026-03-01")).ProblemAsync(400);
        var tooLong = await (await admin.GetAsync("/api/admin/dashboard?period=custom&from=2025-01-01&to=2026-01-02")).ProblemAsync(400);
        var stray = await (await admin.GetAsync("/api/admin/dashboard?period=7d&from=2026-01-01")).ProblemAsync(400);

        Assert.NotNull(unknown["errors"]!["period"]);
        Assert.NotNull(noDates["errors"]!["from"]);
        Assert.NotNull(noDates["errors"]!["to"]);
        Assert.NotNull(backwards["errors"]!["to"]);
        Assert.Contains("366", (string?)tooLong["errors"]!["to"]![0], StringComparison.Ordinal);
        Assert.NotNull(stray["errors"]!["from"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/dashboard?period=custom&from=2025-01-01&to=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/admin/dashboard")).StatusCode);
    }

    private static Task<JsonNode> TodayAsync(HttpClient admin) => admin.GetJsonAsync("/api/admin/dashboard?period=today");

    private static JsonNode ReturnsToReview(JsonNode dashboard) => dashboard["needsAttention"]!["openReturns"]!;

    private static async Task<string> RequestReturnAsync(HttpClient customer, string orderId, string productId)
    {
        var response = await customer.PostJsonAsync($"/api/orders/{orderId}/returns", new { reason = "does not fit", lines = new[] { new { productId, quantity = 1 } } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (string)(await response.JsonAsync())["returnId"]!;
    }

    private static int Placed(JsonNode dashboard) => (int)dashboard["ordersPlaced"]!;

    private static int Status(JsonNode dashboard, string status) =>
        (int)dashboard["ordersByStatus"]!.AsArray().Single(s => (string?)s!["status"] == status)!["count"]!;

    private static JsonNode? RevenueOrNull(JsonNode dashboard, string currency) =>
        dashboard["revenue"]!.AsArray().SingleOrDefault(r => (string?)r!["currency"] == currency);

    private static JsonNode Revenue(JsonNode dashboard, string currency) => RevenueOrNull(dashboard, currency)!;

    private static decimal Money(JsonNode dashboard, string currency, string figure) =>
        RevenueOrNull(dashboard, currency) is { } revenue ? (decimal)revenue[figure]! : 0m;
}
