using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.Api.Tests.Payments;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Returns;

[Collection(ShopApiCollection.Name)]
public sealed class ReturnTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task A_returned_line_received_back_to_stock_is_refunded_and_its_units_are_on_hand_again()
    {
        var admin = await shop.AdminClientAsync();
        var (mouse, cable) = (await admin.CreateProductAsync(price: 10.00m, stock: 5), await admin.CreateProductAsync(price: 7.25m, stock: 5));
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await DeliveredOrderAsync(admin, customer, (mouse, 2), (cable, 1));
        var onHand = (int)(await shop.Client.GetJsonAsync($"/api/inventory/{mouse}"))["availableQty"]!;

        var requested = await RequestAsync(customer, orderId, "the wrong colour", (mouse, 1));
        var queue = await admin.GetJsonAsync("/api/admin/returns?status=REQUESTED&limit=100");
        var approved = await MoveAsync(admin, requested, "approve");
        var received = await MoveAsync(admin, requested, "receive", new { lines = new[] { new { productId = mouse, disposition = "BACK_TO_STOCK" } } });
        var theirs = await customer.GetJsonAsync($"/api/orders/{orderId}/returns");

        var queued = queue["items"]!.AsArray().Single(r => (string?)r!["returnId"] == requested)!;
        Assert.Equal((mouse, 1, $"Product {mouse}"), ((string?)queued["lines"]![0]!["productId"], (int)queued["lines"]![0]!["quantity"]!, (string?)queued["lines"]![0]!["name"]));
        Assert.Equal("APPROVED", (string?)approved["return"]!["status"]);
        Assert.Equal(("REFUNDED", 10.00m, "SUCCEEDED"), ((string?)received["return"]!["status"], (decimal)received["return"]!["refundAmount"]!, (string?)received["refund"]!["status"]));
        Assert.Equal(("REFUNDED", 10.00m), ((string?)theirs["returns"]![0]!["status"], (decimal)theirs["returns"]![0]!["refundAmount"]!));
        Assert.Equal([1, 1], theirs["lines"]!.AsArray().Select(l => (int)l!["returnable"]!));
        Assert.Equal(onHand + 1, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{mouse}"))["availableQty"]!);
        var ledger = (await admin.GetJsonAsync($"/api/inventory/{mouse}/movements"))["items"]!.AsArray();
        Assert.Contains(ledger, m => (string?)m!["kind"] == "RESTOCK" && (int)m["qty"]! == 1 && (string?)m["orderId"] == orderId);
        var payments = await customer.GetJsonAsync($"/api/payments?orderId={orderId}");
        Assert.Equal(10.00m, (decimal)payments["payments"]![0]!["refunded"]!);
        Assert.Equal(received["return"]!["refundId"]!.ToString(), (string?)payments["refunds"]![0]!["refundId"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [mouse, cable], [orderId]));
    }

    [Fact]
    public async Task A_returned_line_written_off_leaves_on_hand_unchanged_and_is_still_refunded()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12.00m, stock: 4);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await DeliveredOrderAsync(admin, customer, (productId, 2));
        var before = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");

        var returnId = await RequestAsync(customer, orderId, "arrived crushed", (productId, 2));
        await MoveAsync(admin, returnId, "approve");
        var received = await MoveAsync(admin, returnId, "receive", new { lines = new[] { new { productId, disposition = "WRITE_OFF" } } });

        var after = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((int)before["availableQty"]!, (int)after["availableQty"]!);
        Assert.Equal((0, 2), ((int)after["soldQty"]!, (int)after["writtenOffQty"]!));
        Assert.Equal(("REFUNDED", 24.00m), ((string?)received["return"]!["status"], (decimal)received["return"]!["refundAmount"]!));
        Assert.Equal("WRITE_OFF", (string?)received["return"]!["lines"]![0]!["disposition"]);
        var ledger = (await admin.GetJsonAsync($"/api/inventory/{productId}/movements"))["items"]!.AsArray();
        Assert.Contains(ledger, m => (string?)m!["kind"] == "WRITE_OFF" && (int)m["qty"]! == 2 && (string?)m["orderId"] == orderId);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_return_is_refused_before_delivery_after_the_window_and_for_more_than_was_bought()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 5.00m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var (stranger, _, _) = await shop.NewCustomerAsync();
        var paid = await RefundTests.PaidOrderAsync(customer, (productId, 1));
        var delivered = await DeliveredOrderAsync(admin, customer, (productId, 2));

        var notDelivered = await (await Ask(customer, paid, (productId, 1))).ProblemAsync(409);
        var tooMany = await (await Ask(customer, delivered, (productId, 3))).ProblemAsync(400);
        var notALine = await (await Ask(customer, delivered, ("T-not-in-the-order", 1))).ProblemAsync(400);
        var noReason = await (await customer.PostJsonAsync($"/api/orders/{delivered}/returns", new { lines = new[] { new { productId, quantity = 1 } } })).ProblemAsync(400);
        await (await Ask(stranger, delivered, (productId, 1))).ProblemAsync(404, "Order not found");
        await (await stranger.GetAsync($"/api/orders/{delivered}/returns")).ProblemAsync(404);
        JsonNode late;
        using (shop.Clock.Advance(TimeSpan.FromDays(31)))
        {
            late = await (await Ask(customer, delivered, (productId, 1))).ProblemAsync(409);
        }

        Assert.Contains("only a delivered order", (string?)notDelivered["message"], StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(tooMany["errors"]!["lines[0].quantity"]);
        Assert.NotNull(notALine["errors"]!["lines[0].productId"]);
        Assert.NotNull(noReason["errors"]!["reason"]);
        Assert.Contains("return window of 30 days after delivery closed", (string?)late["message"], StringComparison.Ordinal);
        Assert.Empty((await customer.GetJsonAsync($"/api/orders/{delivered}/returns"))["returns"]!.AsArray());
    }

    [Fact]
    public async Task Parallel_requests_for_the_same_units_accept_exactly_one_and_a_rejection_frees_them()
    {
        const int Racers = 6;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 9.00m, stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await DeliveredOrderAsync(admin, customer, (productId, 2));

        var answers = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Ask(customer, orderId, (productId, 2), $"racer {i}")));

        var accepted = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        output.WriteLine($"{Racers} parallel returns of the same 2 units: {accepted.Count} accepted, {string.Join(", ", answers.Select(a => (int)a.StatusCode))}");
        Assert.Single(accepted);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
        {
            await refused.ProblemAsync(409);
        }
        var returnId = (string)(await accepted[0].JsonAsync())["returnId"]!;
        Assert.Equal(0, (int)(await customer.GetJsonAsync($"/api/orders/{orderId}/returns"))["lines"]![0]!["returnable"]!);

        var rejected = await MoveAsync(admin, returnId, "reject", new { reason = "worn" });
        var again = await Ask(customer, orderId, (productId, 2));

        Assert.Equal(("REJECTED", "worn"), ((string?)rejected["return"]!["status"], (string?)rejected["return"]!["rejectReason"]));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_return_moves_only_along_its_life()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 3.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await DeliveredOrderAsync(admin, customer, (productId, 1));
        var returnId = await RequestAsync(customer, orderId, "not needed", (productId, 1));
        var receive = new { lines = new[] { new { productId, disposition = "BACK_TO_STOCK" } } };

        var early = await (await admin.PostJsonAsync($"/api/admin/returns/{returnId}/receive", receive)).ProblemAsync(409, "A return that is REQUESTED cannot become RECEIVED");
        await MoveAsync(admin, returnId, "approve");
        await (await admin.PostAsync($"/api/admin/returns/{returnId}/approve", null)).ProblemAsync(409, "A return that is APPROVED cannot become APPROVED");
        await (await admin.PostJsonAsync($"/api/admin/returns/{returnId}/reject", new { reason = "x" })).ProblemAsync(409, "A return that is APPROVED cannot become REJECTED");
        var missing = await (await admin.PostJsonAsync($"/api/admin/returns/{returnId}/receive", new { lines = new[] { new { productId = "T-other", disposition = "WRITE_OFF" } } }))
            .ProblemAsync(400);
        await MoveAsync(admin, returnId, "receive", receive);
        await (await admin.PostJsonAsync($"/api/admin/returns/{returnId}/receive", receive)).ProblemAsync(409, "A return that is REFUNDED cannot become RECEIVED");
        await (await customer.PostAsync($"/api/admin/returns/{returnId}/approve", null)).ProblemAsync(403);

        Assert.Equal("REQUESTED", (string?)early["returnStatus"]);
        Assert.NotNull(missing["errors"]!["lines"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    internal static async Task<string> DeliveredOrderAsync(HttpClient admin, HttpClient customer, params (string ProductId, int Qty)[] lines)
    {
        var orderId = await RefundTests.PaidOrderAsync(customer, lines);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-R" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).StatusCode);
        return orderId;
    }

    private static Task<HttpResponseMessage> Ask(HttpClient customer, string orderId, (string ProductId, int Quantity) line, string reason = "does not fit") =>
        customer.PostJsonAsync($"/api/orders/{orderId}/returns", new { reason, lines = new[] { new { productId = line.ProductId, quantity = line.Quantity } } });

    private static async Task<string> RequestAsync(HttpClient customer, string orderId, string reason, (string ProductId, int Quantity) line)
    {
        var response = await Ask(customer, orderId, line, reason);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.JsonAsync();
        Assert.Equal("REQUESTED", (string?)body["status"]);
        return (string)body["returnId"]!;
    }

    private static async Task<JsonNode> MoveAsync(HttpClient admin, string returnId, string move, object? body = null)
    {
        var response = body is null ? await admin.PostAsync($"/api/admin/returns/{returnId}/{move}", null) : await admin.PostJsonAsync($"/api/admin/returns/{returnId}/{move}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{move}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }
}
