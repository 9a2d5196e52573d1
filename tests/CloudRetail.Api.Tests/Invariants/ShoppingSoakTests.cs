using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Invariants;

/// <summary>
/// A seeded random crowd: shoppers add to carts, check out, pay (or fail to), cancel; staff count and
/// adjust stock; the back office cancels, refunds, ships and delivers those same orders and takes
/// returns back to stock or writes them off; reservations expire in waves. Afterwards every invariant
/// holds and no request was a 5xx. About 20 shoppers for about 10 s by default; longer by hand:
/// <c>SOAK_SECONDS=120 SOAK_SEED=7 SOAK_SHOPPERS=30 dotnet test tests/CloudRetail.Api.Tests --filter FullyQualifiedName~Soak</c>.
/// The counts are written to the test output and, when <c>SOAK_REPORT</c> names a file, to it.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class ShoppingSoakTests(ShopApi shop, ITestOutputHelper output)
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    /// <summary>Every order placed so far, with the shopper who placed it (who alone may return it).</summary>
    private readonly ConcurrentBag<(HttpClient Customer, string OrderId)> _placed = [];

    /// <summary>The orders a payment succeeded for (they may have been cancelled or expired since).</summary>
    private readonly ConcurrentBag<(HttpClient Customer, string OrderId)> _paid = [];

    [Fact]
    public async Task A_random_crowd_of_shoppers_and_staff_leaves_every_invariant_holding()
    {
        var seconds = Setting("SOAK_SECONDS", 10);
        var seed = Setting("SOAK_SEED", 2026);
        var admin = await shop.AdminClientAsync();
        var products = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => admin.CreateProductAsync(price: 1m + i, stock: 30)));
        var shoppers = await Task.WhenAll(Enumerable.Range(0, Setting("SOAK_SHOPPERS", 20)).Select(_ => shop.NewCustomerAsync()));
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        bool Going() => DateTime.UtcNow < deadline;

        await Task.WhenAll(shoppers.Select((s, i) => ShopAsync(s.Client, products, new Random(seed + i), Going))
            .Append(StaffAsync(admin, products, new Random(seed - 1), Going))
            .Append(BackOfficeAsync(admin, new Random(seed - 2), Going))
            .Append(ExpireAsync(admin, Going)));

        var violations = await ShopInvariants.FindViolationsAsync(shop, products, shoppers.Select(s => s.UserId).ToList());
        var report = $"soak: seed {seed}, {shoppers.Length} shoppers, {seconds} s: "
            + string.Join(", ", _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"))
            + $"; {violations.Count} violations";
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("SOAK_REPORT") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, report + Environment.NewLine);
        }
        Assert.Equal(0, _counts.GetValueOrDefault("5xx"));
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(_counts.GetValueOrDefault("checkout 201") > 0 && _counts.GetValueOrDefault("pay 200") > 0, report);
    }

    private async Task ShopAsync(HttpClient customer, string[] products, Random random, Func<bool> going)
    {
        var orders = new List<string>();
        while (going())
        {
            var roll = random.Next(100);
            if (roll is >= 60 and < 95 && orders.Count == 0)
            {
                roll = 0;
            }
            if (roll < 45)
            {
                await Count("add", customer.PostJsonAsync("/api/cart/items", new { productId = products[random.Next(products.Length)], qty = random.Next(1, 4) }));
            }
            else if (roll < 60)
            {
                var placed = await Count("checkout", customer.PostAsync("/api/orders/checkout", null));
                if (placed.StatusCode == HttpStatusCode.Created)
                {
                    orders.Add((string)(await placed.JsonAsync())["order"]!["orderId"]!);
                    _placed.Add((customer, orders[^1]));
                }
            }
            else if (roll < 85)
            {
                var status = random.Next(4) == 0 ? "FAILED" : "SUCCESS";
                var orderId = orders[random.Next(orders.Count)];
                if ((await Count("pay", customer.PostJsonAsync("/api/payments", new { orderId, status }))).StatusCode == HttpStatusCode.OK && status == "SUCCESS")
                {
                    _paid.Add((customer, orderId));
                }
            }
            else if (roll < 95)
            {
                await Count("cancel", customer.PostAsync($"/api/orders/{orders[random.Next(orders.Count)]}/cancel", null));
            }
            else
            {
                await Count("clear", customer.DeleteAsync("/api/cart"));
            }
        }
    }

    private async Task StaffAsync(HttpClient admin, string[] products, Random random, Func<bool> going)
    {
        while (going())
        {
            var productId = products[random.Next(products.Length)];
            await (random.Next(2) == 0
                ? Count("adjust", admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = random.Next(-4, 7) is var q && q != 0 ? q : 1, reason = "soak" }))
                : Count("count", admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = random.Next(5, 40), reason = "soak count" })));
            await Task.Delay(random.Next(50, 250));
        }
    }

    /// <summary>The back office works on the shoppers' orders while they still pay and cancel them: staff
    /// cancel (refunding what was paid), partial refunds, shipping and delivery, and returns of delivered
    /// lines, received back to stock or written off. Most moves meet an order that is not there yet (409).</summary>
    private async Task BackOfficeAsync(HttpClient admin, Random random, Func<bool> going)
    {
        while (going())
        {
            await Task.Delay(random.Next(50, 250));
            var action = random.Next(4);
            // Staff cancel any order; the rest is done to orders that were paid.
            var orders = (action == 0 ? _placed : _paid).ToArray();
            if (orders.Length == 0)
            {
                continue;
            }
            var (customer, orderId) = orders[random.Next(orders.Length)];
            switch (action)
            {
                case 0:
                    await Count("staff cancel", admin.PostJsonAsync($"/api/orders/{orderId}/staff-cancel", new { reason = "soak: out of stock" }));
                    break;
                case 1:
                    await Count("refund", admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { amount = 1.00m, reason = "soak: goodwill" }));
                    break;
                case 2:
                    await Count("ship", admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-SOAK" }));
                    await Count("deliver", admin.PostAsync($"/api/orders/{orderId}/deliver", null));
                    break;
                default:
                    await ReturnAsync(admin, customer, orderId, random);
                    break;
            }
        }
    }

    /// <summary>The shopper returns one unit of one line; staff approve and receive it, back to stock or written off.</summary>
    private async Task ReturnAsync(HttpClient admin, HttpClient customer, string orderId, Random random)
    {
        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        var lines = order["items"]!.AsArray();
        var productId = (string)lines[random.Next(lines.Count)]!["productId"]!;
        var requested = await Count("return", customer.PostJsonAsync($"/api/orders/{orderId}/returns",
            new { lines = new[] { new { productId, quantity = 1 } }, reason = "soak: changed my mind" }));
        if (requested.StatusCode != HttpStatusCode.Created)
        {
            return;
        }
        var returnId = (string)(await requested.JsonAsync())["returnId"]!;
        await Count("return approve", admin.PostAsync($"/api/admin/returns/{returnId}/approve", null));
        var disposition = random.Next(2) == 0 ? "BACK_TO_STOCK" : "WRITE_OFF";
        await Count("return receive", admin.PostJsonAsync($"/api/admin/returns/{returnId}/receive", new { lines = new[] { new { productId, disposition } } }));
    }

    /// <summary>Every couple of seconds the clock jumps past the reservation time and the sweep runs,
    /// racing the shoppers who are paying or cancelling those very orders.</summary>
    private async Task ExpireAsync(HttpClient admin, Func<bool> going)
    {
        while (going())
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
            {
                var swept = await Count("expire", admin.PostAsync("/api/orders/expire-reservations", null));
                if (swept.IsSuccessStatusCode)
                {
                    var cancelled = (int)(await swept.JsonAsync())["cancelled"]!;
                    _counts.AddOrUpdate("orders expired", cancelled, (_, n) => n + cancelled);
                }
            }
        }
    }

    private async Task<HttpResponseMessage> Count(string operation, Task<HttpResponseMessage> request)
    {
        var response = await request;
        var status = (int)response.StatusCode;
        _counts.AddOrUpdate($"{operation} {status}", 1, (_, n) => n + 1);
        if (status >= 500)
        {
            _counts.AddOrUpdate("5xx", 1, (_, n) => n + 1);
            output.WriteLine($"{operation} answered {status}: {await response.Content.ReadAsStringAsync()}");
        }
        return response;
    }

    private static int Setting(string name, int defaultValue) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;
}
