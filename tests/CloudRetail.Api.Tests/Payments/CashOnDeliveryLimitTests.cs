using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;

namespace CloudRetail.Api.Tests.Payments;

/// <summary>Cash on delivery confirms an order and sells its stock with nothing collected, so a
/// shopper may have only so many such orders on the way: each holds an uncollected-cash slot from
/// its payment until delivery collects the cash or staff take the order back.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class CashOnDeliveryLimitTests(ShopApi shop)
{
    [Fact]
    public async Task A_shopper_pays_cash_on_delivery_for_at_most_the_limit_of_orders_on_the_way_until_one_is_delivered()
    {
        await using var host = shop.StartHost((ShopSettings.PaymentProvider, "COD"), (ShopSettings.MaxUncollectedCodOrdersPerShopper, "2"));
        var admin = host.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 30);
        var (signedIn, userId, _) = await shop.NewCustomerAsync();
        var customer = host.CreateClientAs(signedIn);
        var orders = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 10));
        }
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = orders[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = orders[1] })).StatusCode);

        var third = await customer.PostJsonAsync("/api/payments", new { orderId = orders[2] });

        await third.ProblemAsync(409, "You already have 2 cash-on-delivery orders on the way; pay for this one when one of them has been delivered");
        Assert.Equal("PENDING", (string?)(await customer.GetJsonAsync($"/api/orders/{orders[2]}"))["status"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orders[0]}/ship", new { trackingNumber = "TRK-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orders[0]}/deliver", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = orders[2] })).StatusCode);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], orders));
    }

    [Fact]
    public async Task Parallel_cash_on_delivery_payments_never_exceed_the_limit()
    {
        await using var host = shop.StartHost((ShopSettings.PaymentProvider, "COD"), (ShopSettings.MaxUncollectedCodOrdersPerShopper, "3"),
            (ShopSettings.MaxPendingOrdersPerShopper, "0"));
        var admin = host.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 40);
        var customer = host.CreateClientAs((await shop.NewCustomerAsync()).Client);
        var orders = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            orders.Add(await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 5));
        }

        var answers = await Task.WhenAll(orders.Select(orderId => customer.PostJsonAsync("/api/payments", new { orderId })));

        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var stock = await admin.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((0, 25, 15), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!, (int)stock["soldQty"]!));
        Assert.Empty(await ShopInvariants.FindViolationsAsync(host.Services, [productId], orders));
    }

    [Fact]
    public async Task Staff_cancel_a_cash_on_delivery_order_before_it_ships_its_stock_is_back_on_hand_and_the_shopper_is_told()
    {
        var admin = shop.CodHost.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 5);
        var (signedIn, _, email) = await shop.NewCustomerAsync();
        var customer = shop.CodHost.CreateClientAs(signedIn);
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 2);
        var paymentId = (string)(await (await customer.PostJsonAsync("/api/payments", new { orderId })).JsonAsync())["payment"]!["paymentId"]!;

        await (await customer.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "no courier" })).ProblemAsync(403);
        var cancelled = await (await admin.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "no courier to that address" })).JsonAsync();

        Assert.Equal(("CANCELLED", "no courier to that address"), ((string?)cancelled["order"]!["status"], (string?)cancelled["order"]!["cancelReason"]));
        var stock = await admin.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((5, 0, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!, (int)stock["soldQty"]!));
        Assert.Equal("VOIDED", (string?)(await customer.GetJsonAsync($"/api/payments/{paymentId}"))["status"]);
        var ledger = (await admin.GetJsonAsync($"/api/inventory/{productId}/movements"))["items"]!.AsArray();
        Assert.Contains(ledger, m => (string?)m!["kind"] == "RESTOCK" && (int)m["qty"]! == 2 && (string?)m["orderId"] == orderId);
        await (await admin.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "again" })).ProblemAsync(409);
        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, "Order cancelled")).ToJsonString();
        Assert.Contains("nothing to refund", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("We have refunded", mail, StringComparison.Ordinal);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.CodHost.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_parcel_refused_at_the_door_cancels_the_order_and_puts_its_stock_back()
    {
        var admin = shop.CodHost.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 4);
        var customer = shop.CodHost.CreateClientAs((await shop.NewCustomerAsync()).Client);
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 3);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-9" })).StatusCode);

        var refused = await (await admin.PostJsonAsync($"/api/orders/{orderId}/refused-delivery", new { reason = "nobody paid the courier" })).JsonAsync();

        Assert.Equal(("CANCELLED", "refused at the door: nobody paid the courier"),
            ((string?)refused["order"]!["status"], (string?)refused["order"]!["cancelReason"]));
        Assert.Equal(4, (int)(await admin.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!);
        await (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).ProblemAsync(409);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.CodHost.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_paid_order_refused_at_the_door_is_refunded_by_staff_not_taken_back()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 2);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-2" })).StatusCode);

        var refused = await admin.PostJsonAsync($"/api/orders/{orderId}/refused-delivery", new { reason = "not home" });

        await refused.ProblemAsync(409, "This order's payment was collected; when its parcel is back, refund it with POST /api/orders/{orderId}/refunds");
        Assert.Equal("SHIPPED", (string?)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["status"]);
    }
}
