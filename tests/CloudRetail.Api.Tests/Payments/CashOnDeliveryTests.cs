using CloudRetail.Api.Tests.Invariants;
using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
public sealed class CashOnDeliveryTests(ShopApi shop)
{
    [Fact]
    public async Task Cash_on_delivery_is_due_when_paid_and_collected_only_at_delivery()
    {
        var admin = shop.CodHost.CreateClientAs(await shop.AdminClientAsync());
        var productId = await admin.CreateProductAsync(stock: 5);
        var customer = shop.CodHost.CreateClientAs((await shop.NewCustomerAsync()).Client);
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 2);

        var paid = await (await customer.PostJsonAsync("/api/payments", new { orderId })).JsonAsync();
        var paymentId = (string)paid["payment"]!["paymentId"]!;

        Assert.Equal("CONFIRMED", (string?)paid["orderUpdate"]!["status"]);
        Assert.Equal(("DUE", "COD"), ((string?)paid["payment"]!["status"], (string?)paid["payment"]!["provider"]));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-1" })).StatusCode);
        Assert.Equal("DUE", (string?)(await customer.GetJsonAsync($"/api/payments/{paymentId}"))["status"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).StatusCode);
        Assert.Equal("COLLECTED", (string?)(await customer.GetJsonAsync($"/api/payments/{paymentId}"))["status"]);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.CodHost.Services, [productId], [orderId]));
    }

    [Fact]
    public async Task A_client_cannot_tell_cash_on_delivery_how_it_went()
    {
        var customer = shop.CodHost.CreateClientAs((await shop.NewCustomerAsync()).Client);

        var saysSuccess = await (await customer.PostJsonAsync("/api/payments", new { orderId = "O-1", status = "SUCCESS" })).ProblemAsync(400);
        var sendsCard = await (await customer.PostJsonAsync("/api/payments", new { orderId = "O-1", cardNumber = "4242424242424242" })).ProblemAsync(400);

        Assert.NotNull(saysSuccess["errors"]!["status"]);
        Assert.NotNull(sendsCard["errors"]!["cardNumber"]);
        Assert.Equal("COD", (string?)(await shop.CodHost.CreateClient().GetJsonAsync("/api/payments/provider"))["provider"]);
    }
}
