using System.Net;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;

namespace CloudRetail.Api.Tests.Inventory;

/// <summary>Stock over the wire against DynamoDB. What the handlers decide alone (a product the
/// catalog does not know, a count that kept racing) is CloudRetail.Inventory.Tests' StockHandlerTests.</summary>
[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class StockTests(ShopApi shop)
{
    private readonly HttpClient _client = shop.Client;

    [Fact]
    public async Task A_product_without_stock_record_has_zero_stock()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync();

        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");

        Assert.Equal((0, 0, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!, (int)stock["soldQty"]!));
    }

    [Fact]
    public async Task A_product_is_low_on_stock_at_or_below_the_shops_threshold()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);

        var atThreshold = await _client.GetJsonAsync($"/api/inventory/{productId}");
        await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 1, reason = "delivery" });
        var above = await _client.GetJsonAsync($"/api/inventory/{productId}");

        Assert.Equal((5, 5, true), ((int)atThreshold["availableQty"]!, (int)atThreshold["lowStockThreshold"]!, (bool)atThreshold["lowStock"]!));
        Assert.Equal((6, 5, false), ((int)above["availableQty"]!, (int)above["lowStockThreshold"]!, (bool)above["lowStock"]!));
    }

    [Fact]
    public async Task A_count_sets_what_is_on_hand_and_keeps_the_orders_reservations()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        await CheckoutAsync(productId, qty: 4);

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 20, reason = "annual count" });

        var body = await response.JsonAsync();
        Assert.Equal("Inventory updated", (string?)body["message"]);
        Assert.Equal((20, 4), ((int)body["inventory"]!["availableQty"]!, (int)body["inventory"]!["reservedQty"]!));
    }

    [Fact]
    public async Task An_adjustment_adds_or_takes_units_on_hand_but_never_more_than_are_there()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);

        var received = await (await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 3, reason = "delivery" })).JsonAsync();
        var tooMany = await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = -9, reason = "lost" });

        Assert.Equal(8, (int)received["inventory"]!["availableQty"]!);
        var problem = await tooMany.ProblemAsync(409, "Cannot take away more than is available");
        Assert.Equal(8, (int)problem["availableQty"]!);
        Assert.Equal(8, (int)(await _client.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!);
    }

    [Fact]
    [Trait(ShippedBinary.Host, ShippedBinary.InProcessOnly)]
    public async Task Counts_racing_checkouts_never_lose_a_reservation()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 100);
        var shoppers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => shop.NewCustomerAsync()));
        foreach (var (customer, _, _) in shoppers)
        {
            await customer.PostJsonAsync("/api/cart/items", new { productId, qty = 2 });
        }

        var counts = Enumerable.Range(0, 6).Select(i => admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 50 + i, reason = "count" }));
        var checkouts = shoppers.Select(s => s.Client.PostAsync("/api/orders/checkout", null));
        var answers = await Task.WhenAll(counts.Concat(checkouts));

        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"{(int)a.StatusCode}"));
        var placed = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        Assert.Equal(2 * placed, (int)(await _client.GetJsonAsync($"/api/inventory/{productId}"))["reservedQty"]!);
        await ShopInvariants.AssertHoldAsync(shop, [productId], shoppers.Select(s => s.UserId).ToList());
    }

    [Fact]
    public async Task Every_movement_is_in_the_products_ledger_with_its_order_or_its_reason()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = -1, reason = "damaged" });
        var (customer, orderId) = await CheckoutAsync(productId, qty: 3);
        await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        var ledger = await admin.GetJsonAsync($"/api/inventory/{productId}/movements");

        var entries = ledger["items"]!.AsArray().Select(e => e!).Reverse().ToList();
        Assert.Equal(["COUNT", "ADJUST", "RESERVE", "SELL"], entries.Select(e => (string)e["kind"]!));
        Assert.Equal([10, -1, 3, 3], entries.Select(e => (int)e["qty"]!));
        Assert.Equal(["test stock", "damaged"], entries.Take(2).Select(e => (string)e["reason"]!));
        Assert.All(entries.Take(2), e => Assert.False(string.IsNullOrEmpty((string?)e["by"])));
        Assert.All(entries.Skip(2), e => Assert.Equal(orderId, (string?)e["orderId"]));
        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((6, 0, 3), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!, (int)stock["soldQty"]!));
    }

    [Fact]
    public async Task The_ledger_pages_newest_first()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        for (var i = 1; i <= 3; i++)
        {
            await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = i, reason = $"delivery {i}" });
        }

        var first = await admin.GetJsonAsync($"/api/inventory/{productId}/movements?limit=2");
        var second = await admin.GetJsonAsync($"/api/inventory/{productId}/movements?limit=2&nextToken={(string)first["nextToken"]!}");

        Assert.Equal([3, 2, 1, 10], first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => (int)e!["qty"]!));
    }

    [Fact]
    public async Task The_old_admin_reserve_and_release_endpoints_are_gone()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostJsonAsync($"/api/inventory/{productId}/release", new { qty = 1 })).StatusCode);
        Assert.Equal(0, (int)(await _client.GetJsonAsync($"/api/inventory/{productId}"))["reservedQty"]!);
    }

    /// <summary>On hand is what the shelf holds: units for sale plus units reserved for unpaid orders.
    /// A count may set at most 1,000,000 of them; no adjustment, in one call or many, goes past that.</summary>
    [Fact]
    public async Task Counts_and_adjustments_never_take_units_on_hand_past_the_ceiling()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, orderId) = await CheckoutAsync(productId, qty: 3);

        var countPast = await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 1_000_000, reason = "count" });
        var countTo = await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 999_990, reason = "count" });
        var adjustPast = await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 8, reason = "delivery" });
        var adjustTo = await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 7, reason = "delivery" });
        var repeated = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            repeated.Add(await admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 10_000, reason = "delivery" }));
        }

        Assert.Equal(1_000_000, (int)(await countPast.ProblemAsync(409))["maxUnitsOnHand"]!);
        Assert.Equal(HttpStatusCode.OK, countTo.StatusCode);
        Assert.Equal(1_000_000, (int)(await adjustPast.ProblemAsync(409))["maxUnitsOnHand"]!);
        Assert.Equal(HttpStatusCode.OK, adjustTo.StatusCode);
        Assert.All(repeated, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal((999_997, 3), await LevelAsync(productId));
        // Releasing a reservation moves units within what is on hand: it is never refused by the ceiling.
        Assert.Equal(HttpStatusCode.OK, (await customer.PostAsync($"/api/orders/{orderId}/cancel", null)).StatusCode);
        Assert.Equal((1_000_000, 0), await LevelAsync(productId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/inventory/reconciliation")).StatusCode);
    }

    [Fact]
    public async Task Adjustments_racing_each_other_never_pass_the_ceiling_and_each_success_is_booked_once()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 950_000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            admin.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 10_000, reason = "delivery" })));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{a.StatusCode}"));
        var received = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        var (available, _) = await LevelAsync(productId);
        Assert.Equal(950_000 + 10_000 * received, available);
        Assert.True(available <= 1_000_000, $"{available} on hand");
        var ledger = await admin.GetJsonAsync($"/api/inventory/{productId}/movements?limit=20");
        Assert.Equal(received, ledger["items"]!.AsArray().Count(e => (string?)e!["kind"] == "ADJUST"));
    }

    [Fact]
    public async Task Two_admins_adjusting_at_once_add_up_and_the_ledger_has_one_entry_per_accepted_adjustment_by_its_admin()
    {
        var first = await shop.AdminClientAsync();
        var (_, secondId, secondEmail) = await shop.NewCustomerAsync();
        Assert.Equal(HttpStatusCode.OK, (await first.PutAsync($"/api/admin/customers/{secondId}/admin-role", null)).StatusCode);
        var second = shop.ClientWithToken((string)(await shop.LoginAsync(secondEmail, ShopApi.CustomerPassword))["accessToken"]!);
        var productId = await first.CreateProductAsync(stock: 10);

        var receiving = Enumerable.Range(0, 6).Select(_ => first.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = 3, reason = "delivery" }));
        var takingAway = Enumerable.Range(0, 6).Select(_ => second.PostJsonAsync($"/api/inventory/{productId}/adjustments", new { qty = -2, reason = "damaged" }));
        var answers = await Task.WhenAll(receiving.Concat(takingAway));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, $"{a.StatusCode}"));
        var received = answers.Take(6).Count(a => a.StatusCode == HttpStatusCode.OK);
        var takenAway = answers.Skip(6).Count(a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(6, received);
        Assert.Equal(10 + 3 * received - 2 * takenAway, (await LevelAsync(productId)).Available);
        var adjustments = (await first.GetJsonAsync($"/api/inventory/{productId}/movements?limit=50"))["items"]!.AsArray().Where(e => (string?)e!["kind"] == "ADJUST").ToList();
        Assert.Equal(takenAway, adjustments.Count(e => (string?)e!["by"] == secondId && (int)e["qty"]! == -2 && (string?)e["reason"] == "damaged"));
        Assert.Equal(received, adjustments.Count(e => (string?)e!["by"] != secondId && (int)e["qty"]! == 3 && (string?)e["reason"] == "delivery"));
        Assert.Equal(received + takenAway, adjustments.Count);
    }

    private async Task<(int Available, int Reserved)> LevelAsync(string productId)
    {
        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        return ((int)stock["availableQty"]!, (int)stock["reservedQty"]!);
    }

    private async Task<(HttpClient Customer, string OrderId)> CheckoutAsync(string productId, int qty)
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty });
        var placed = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (customer, (string)(await placed.JsonAsync())["order"]!["orderId"]!);
    }
}
