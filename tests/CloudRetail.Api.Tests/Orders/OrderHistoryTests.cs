using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.Api.Tests.Payments;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Orders;

[Collection(ShopApiCollection.Name)]
public sealed class OrderHistoryTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task An_orders_history_names_who_moved_it_from_where_to_where_through_checkout_payment_shipping_delivery_and_a_refund()
    {
        var admin = await shop.AdminClientAsync();
        var me = await admin.GetJsonAsync("/api/auth/me");
        var (adminId, adminEmail) = ((string)me["id"]!, (string)me["email"]!);
        var (mouse, cable) = (await admin.CreateProductAsync(price: 10.00m, stock: 5), await admin.CreateProductAsync(price: 4.00m, stock: 5));
        var (customer, shopperId, _) = await shop.NewCustomerAsync();
        var orderId = await RefundTests.PaidOrderAsync(customer, (mouse, 2), (cable, 1));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-77" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).StatusCode);
        var refund = await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "one mouse was broken", lines = new[] { new { productId = mouse, qty = 1 } } });
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        var refundId = (string)(await refund.JsonAsync())["refundId"]!;

        var seenByStaff = (await admin.GetJsonAsync($"/api/orders/{orderId}"))["history"]!.AsArray();
        var seenByShopper = (await customer.GetJsonAsync($"/api/orders/{orderId}"))["history"]!.AsArray();

        Assert.Equal(
        [
            "ORDER -> PENDING by SHOPPER " + shopperId,
            "PAYMENT -> PROCESSING by SHOPPER " + shopperId,
            "ORDER PENDING -> PAYING by SHOPPER " + shopperId,
            "PAYMENT PROCESSING -> SUCCESS by PROVIDER MOCK",
            "ORDER PAYING -> CONFIRMED by PROVIDER MOCK",
            "ORDER CONFIRMED -> SHIPPED by ADMIN " + adminId,
            "ORDER SHIPPED -> DELIVERED by ADMIN " + adminId,
            "REFUND -> PENDING by ADMIN " + adminId,
            "REFUND PENDING -> SUCCEEDED by PROVIDER MOCK",
        ], seenByStaff.Select(Line));
        Assert.Equal(seenByStaff.Select(e => Line(e).Replace(adminId, "", StringComparison.Ordinal)), seenByShopper.Select(Line));
        // Staff read which of them moved it by e-mail too; a shopper reads only that the shop did.
        Assert.All(seenByStaff.Where(e => (string?)e!["actor"]!["kind"] == "ADMIN"), e => Assert.Equal(adminEmail, (string?)e!["actor"]!["email"]));
        Assert.All(seenByShopper, e => Assert.Null((string?)e!["actor"]!["email"]));
        Assert.Equal("tracking number TRK-77", (string?)seenByStaff[5]!["reason"]);
        Assert.Equal(("one mouse was broken", 10.00m, refundId), ((string?)seenByStaff[8]!["reason"], (decimal)seenByStaff[8]!["amount"]!, (string?)seenByStaff[8]!["reference"]));
        Assert.Equal(24.00m, (decimal)seenByStaff[3]!["amount"]!);
        var times = seenByStaff.Select(e => (DateTimeOffset)e!["at"]!).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Null((await customer.GetJsonAsync("/api/orders"))["items"]![0]!["history"]);
    }

    [Fact]
    public async Task A_cancelled_order_says_who_cancelled_it_and_why()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var (customer, shopperId, _) = await shop.NewCustomerAsync();
        var unpaid = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        await customer.PostAsync($"/api/orders/{unpaid}/cancel", null);
        var paid = await RefundTests.PaidOrderAsync(customer, (productId, 1));
        await admin.PostJsonAsync($"/api/orders/{paid}/staff-cancel", new { reason = "cannot be supplied" });

        var byShopper = (await customer.GetJsonAsync($"/api/orders/{unpaid}"))["history"]!.AsArray();
        var byStaff = (await customer.GetJsonAsync($"/api/orders/{paid}"))["history"]!.AsArray().Select(Line).ToList();

        Assert.Equal(["ORDER -> PENDING by SHOPPER " + shopperId, "ORDER PENDING -> CANCELLED by SHOPPER " + shopperId], byShopper.Select(Line));
        Assert.Equal("cancelled by customer", (string?)byShopper[1]!["reason"]);
        Assert.Equal(["ORDER CONFIRMED -> CANCELLED by ADMIN ", "REFUND -> PENDING by ADMIN ", "REFUND PENDING -> SUCCEEDED by PROVIDER MOCK"], byStaff.TakeLast(3));
    }

    [Fact]
    public async Task Parallel_moves_on_one_order_leave_exactly_one_history_entry_per_committed_move()
    {
        const int Racers = 8;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 5.00m, stock: 20);
        var (customer, _, _) = await shop.NewCustomerAsync();

        // A PENDING order: the shopper cancels while paying, several times over.
        var pending = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        var unpaidRace = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => i % 2 == 0
            ? customer.PostAsync($"/api/orders/{pending}/cancel", null)
            : customer.PostJsonAsync("/api/payments", new { orderId = pending, status = "SUCCESS" })));
        // A CONFIRMED order: staff ship it and cancel it at once.
        var confirmed = await RefundTests.PaidOrderAsync(customer, (productId, 1));
        var staffRace = await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => i % 2 == 0
            ? admin.PostJsonAsync($"/api/orders/{confirmed}/ship", new { trackingNumber = $"TRK-{i}" })
            : admin.PostJsonAsync($"/api/orders/{confirmed}/staff-cancel", new { reason = $"race {i}" })));

        foreach (var (orderId, answers, from) in new[] { (pending, unpaidRace, "PENDING"), (confirmed, staffRace, "CONFIRMED") })
        {
            var order = await admin.GetJsonAsync($"/api/orders/{orderId}");
            var moves = order["history"]!.AsArray().Where(e => (string?)e!["subject"] == "ORDER").ToList();
            var committed = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
            output.WriteLine($"{orderId}: {Racers} racing moves from {from}, {committed} committed, now {order["status"]}; history: {string.Join("; ", moves.Select(Line))}");
            Assert.Equal(1, committed);
            Assert.Single(moves, e => (string?)e!["from"] == from);
            Assert.Equal((string?)order["status"], (string?)moves[^1]!["to"]);
            // Each entry starts where the one before ended: no move is missing and none recorded twice.
            Assert.All(moves.Skip(1).Zip(moves), pair => Assert.Equal((string?)pair.Second!["to"], (string?)pair.First!["from"]));
            foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
            {
                await refused.ProblemAsync(409);
            }
        }
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [pending, confirmed]));
    }

    private static string Line(JsonNode? entry) =>
        $"{entry!["subject"]} {(entry["from"] is { } from ? $"{from} " : "")}-> {entry["to"]} by {entry["actor"]!["kind"]} {entry["actor"]!["id"]}";
}
