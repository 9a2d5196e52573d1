using CloudRetail.Api.Tests.Invariants;
using System.Net;
using System.Net.Http.Json;
using CloudRetail.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Payments;

[Collection(ShopApiCollection.Name)]
public sealed class PaymentRaceTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task Pay_cancel_and_sweep_racing_on_one_order_leave_exactly_one_winner()
    {
        const int Rounds = 6;
        var admin = await shop.AdminClientAsync();
        var stocked = new Dictionary<string, int>();
        var orderIds = new List<string>();
        var wins = new Dictionary<string, int> { ["pay"] = 0, ["cancel"] = 0, ["sweep"] = 0 };
        var requests = 0;
        using var charges = new ChargeCounter(shop.Services);

        for (var round = 0; round < Rounds; round++)
        {
            var productId = await admin.CreateProductAsync(stock: 5);
            stocked[productId] = 5;
            var (customer, _, _) = await shop.NewCustomerAsync();
            var orderId = await CheckOutAsync(customer, productId, qty: 2);
            orderIds.Add(orderId);

            HttpResponseMessage pay, cancel;
            using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
            {
                var paying = customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });
                var cancelling = customer.PostAsync($"/api/orders/{orderId}/cancel", null);
                var sweeping = admin.PostAsync("/api/orders/expire-reservations", null);
                await Task.WhenAll(paying, cancelling, sweeping);
                (pay, cancel) = (await paying, await cancelling);
                Assert.Equal(HttpStatusCode.OK, (await sweeping).StatusCode);
                requests += 3;
            }

            var order = await admin.GetJsonAsync($"/api/orders/{orderId}");
            var sweptIt = (string?)order["cancelReason"] == "reservation expired";
            var winners = new[] { pay.StatusCode == HttpStatusCode.OK, cancel.StatusCode == HttpStatusCode.OK, sweptIt };
            Assert.True(winners.Count(w => w) == 1,
                $"round {round}: pay {(int)pay.StatusCode}, cancel {(int)cancel.StatusCode}, swept {sweptIt}; order {order["status"]}");
            wins[winners[0] ? "pay" : winners[1] ? "cancel" : "sweep"]++;
            Assert.Equal(winners[0] ? "CONFIRMED" : "CANCELLED", (string?)order["status"]);
            foreach (var loser in new[] { pay, cancel }.Where(r => r.StatusCode != HttpStatusCode.OK))
            {
                await loser.ProblemAsync(409);
            }
        }

        var violations = await ShopInvariants.FindViolationsAsync(shop.Services, stocked.Keys, orderIds);
        output.WriteLine($"{Rounds} rounds, {requests} racing requests: pay won {wins["pay"]}, cancel {wins["cancel"]}, sweep {wins["sweep"]}; " +
            $"{charges.Charges} charges; {violations.Count} violations");
        Assert.Empty(violations);
        Assert.Equal(wins["pay"], charges.Charges);
    }

    [Fact]
    public async Task Parallel_payments_with_different_keys_charge_once()
    {
        const int Payers = 8;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 3);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await CheckOutAsync(customer, productId, qty: 1);
        using var charges = new ChargeCounter(shop.Services);

        var answers = await Task.WhenAll(Enumerable.Range(0, Payers).Select(_ => customer.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/api/payments")
            {
                Content = JsonContent.Create(new { orderId, status = "SUCCESS" }),
                Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
            })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            await refused.ProblemAsync(409);
        }
        var violations = await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]);
        output.WriteLine($"{Payers} parallel payments: {answers.Count(a => a.IsSuccessStatusCode)} accepted, " +
            $"{answers.Count(a => a.StatusCode == HttpStatusCode.Conflict)} refused; {charges.Charges} charges; {violations.Count} violations");
        Assert.Equal(1, charges.Charges);
        Assert.Empty(violations);
    }

    internal static async Task<string> CheckOutAsync(HttpClient customer, string productId, int qty)
    {
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId, qty })).StatusCode);
        var checkout = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        return (string)(await checkout.JsonAsync())["order"]!["orderId"]!;
    }
}
