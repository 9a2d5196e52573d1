using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class MockPaymentTests(ShopApi shop)
{
    [Fact]
    public async Task Outside_production_the_mock_compatibility_contract_is_the_default_and_says_so()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        var provider = await shop.Client.GetJsonAsync("/api/payments/provider");
        var withCard = await (await customer.PostJsonAsync("/api/payments", new { orderId = "O-1", status = "SUCCESS", cardNumber = "4242424242424242" })).ProblemAsync(400);
        var withoutStatus = await (await customer.PostJsonAsync("/api/payments", new { orderId = "O-1" })).ProblemAsync(400);

        Assert.Equal("MOCK", (string?)provider["provider"]);
        Assert.Equal("cardNumber is not accepted by the MOCK provider", (string?)withCard["errors"]!["cardNumber"]![0]);
        Assert.Equal("status must be SUCCESS or FAILED", (string?)withoutStatus["errors"]!["status"]![0]);
    }

    [Fact]
    public async Task The_mock_host_takes_no_webhooks()
    {
        var answer = await shop.Client.PostJsonAsync("/api/payments/webhook", new { id = "evt_1", type = "payment.succeeded", paymentId = "PAY-1" });

        await answer.ProblemAsync(404, "The MOCK provider sends no webhooks");
    }
}
