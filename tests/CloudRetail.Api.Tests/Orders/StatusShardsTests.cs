using System.Net;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Payments;
using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Orders;

/// <summary>The orders-by-status index is written in shards (<c>statusShard</c> = <c>&lt;STATUS&gt;#&lt;n&gt;</c>, the shard
/// taken from the order id): each test places orders until every shard holds one of its own, then reads them back by status.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class StatusShardsTests(ShopApi shop, Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Shards = ShopIndexes.OrdersByStatusShards;

    [Fact]
    public async Task Orders_in_every_shard_are_listed_by_status_newest_first_once_each_and_searched_by_total_across_pages()
    {
        var admin = await shop.AdminClientAsync();
        // Totals no other test uses, so the search's answer is exactly this test's orders.
        var (cheap, dear) = (await admin.CreateProductAsync(price: 4321.10m, stock: 200), await admin.CreateProductAsync(price: 4321.90m, stock: 200));
        var (customer, _, _) = await shop.NewCustomerAsync();
        var confirmed = new List<(string OrderId, decimal Total)>();
        var shards = new HashSet<string>();
        while (shards.Count < Shards)
        {
            Assert.True(confirmed.Count < 100, $"{confirmed.Count} orders reached only {shards.Count} shards");
            var orderId = await PaymentRaceTests.CheckOutAsync(customer, confirmed.Count % 2 == 0 ? cheap : dear, qty: 1);
            var (_, placedIn) = await StoredAsync(orderId);
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);
            var (status, shard) = await StoredAsync(orderId);
            // The payment moved the order to CONFIRMED and its index entry to the same shard number of CONFIRMED.
            Assert.Equal(("CONFIRMED", placedIn.Replace("PENDING#", "CONFIRMED#", StringComparison.Ordinal)), (status, shard));
            confirmed.Add((orderId, (decimal)(await admin.GetJsonAsync($"/api/admin/orders?orderId={orderId}"))["items"]![0]!["totalAmount"]!));
            shards.Add(shard);
        }
        var stillPending = await PaymentRaceTests.CheckOutAsync(customer, cheap, qty: 1);

        var listed = await admin.AllPagesAsync("/api/admin/orders?status=CONFIRMED&limit=3", cursorParameter: "cursor");
        var searched = await admin.AllPagesAsync("/api/admin/orders?status=CONFIRMED&minTotal=4321.50&maxTotal=4400&limit=2", cursorParameter: "cursor");

        var ids = listed.Select(Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(confirmed.Select(o => o.OrderId).Reverse(), ids.Where(id => confirmed.Any(o => o.OrderId == id)));
        var created = listed.Select(o => (string)o["createdAt"]!).ToList();
        Assert.Equal(created.OrderDescending(StringComparer.Ordinal), created);
        Assert.All(listed, o => Assert.Equal("CONFIRMED", (string?)o["status"]));
        Assert.DoesNotContain(stillPending, ids);
        Assert.Contains(stillPending, (await admin.AllPagesAsync("/api/admin/orders?status=PENDING&limit=50", cursorParameter: "cursor")).Select(Id));
        Assert.Equal(confirmed.Where(o => o.Total >= 4321.50m).Select(o => o.OrderId).Reverse(), searched.Select(Id));
    }

    [Fact]
    public async Task The_sweep_expires_old_pending_orders_in_every_shard_and_puts_their_stock_back()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 200);
        var pending = new List<string>();
        var shards = new HashSet<string>();
        HttpClient? customer = null;
        while (shards.Count < Shards)
        {
            Assert.True(pending.Count < 100, $"{pending.Count} orders reached only {shards.Count} shards");
            // A shopper holds at most three unpaid orders.
            if (pending.Count % 3 == 0)
            {
                (customer, _, _) = await shop.NewCustomerAsync();
            }
            var orderId = await PaymentRaceTests.CheckOutAsync(customer!, productId, qty: 1);
            pending.Add(orderId);
            shards.Add((await StoredAsync(orderId)).Shard);
        }
        Assert.All(shards, shard => Assert.StartsWith("PENDING#", shard, StringComparison.Ordinal));

        using (shop.Clock.Advance(TimeSpan.FromMinutes(31)))
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/orders/expire-reservations", null)).StatusCode);
        }

        foreach (var orderId in pending)
        {
            var (status, shard) = await StoredAsync(orderId);
            Assert.Equal("CANCELLED", status);
            Assert.StartsWith("CANCELLED#", shard, StringComparison.Ordinal);
        }
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal((200, 0), ((int)stock["availableQty"]!, (int)stock["reservedQty"]!));
    }

    [Fact]
    public async Task Orders_written_before_the_index_was_sharded_are_found_by_status_after_the_backfill_and_a_second_run_writes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var paid = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId = paid, status = "SUCCESS" })).StatusCode);
        var pending = await PaymentRaceTests.CheckOutAsync(customer, productId, qty: 1);
        await ForgetShardAsync(paid);
        await ForgetShardAsync(pending);
        Assert.DoesNotContain(paid, await ListedAsync(admin, "CONFIRMED"));
        Assert.DoesNotContain(pending, await ListedAsync(admin, "PENDING"));

        var first = await BackfillAsync(admin);
        var second = await BackfillAsync(admin);

        Assert.True(first >= 2, $"sharded {first}");
        Assert.Equal(0, second);
        Assert.Contains(paid, await ListedAsync(admin, "CONFIRMED"));
        Assert.Contains(pending, await ListedAsync(admin, "PENDING"));
        Assert.Equal("CONFIRMED", (await StoredAsync(paid)).Status);
    }

    /// <summary>The index projects the whole order and a write unit covers 1 KB: an order of three lines (with its price
    /// breakdown) is one unit per index write, the size docs/performance.md counts a shard's rate with.</summary>
    [Fact]
    public async Task A_three_line_order_is_under_one_kilobyte_so_each_index_write_is_one_write_unit()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();
        foreach (var price in new[] { 12.5m, 3m, 149.99m })
        {
            Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/cart/items", new { productId = await admin.CreateProductAsync(price: price, stock: 5), qty = 2 })).StatusCode);
        }
        var checkout = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        var orderId = (string)(await checkout.JsonAsync())["order"]!["orderId"]!;

        var item = (await shop.Services.GetRequiredService<IAmazonDynamoDB>().GetItemAsync(new GetItemRequest
        {
            TableName = shop.Services.GetRequiredService<IConfiguration>().Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
            Key = new() { ["orderId"] = new() { S = orderId } },
            ConsistentRead = true,
        })).Item;
        var size = ItemSize(item);

        output.WriteLine($"a three-line order's item: {size} bytes");
        Assert.InRange(size, 200, 1023);
    }

    /// <summary>DynamoDB's item size: each attribute's name and value in UTF-8; a number about a byte per two digits
    /// plus one; a list or map 3 bytes plus its elements (and a byte each).</summary>
    private static int ItemSize(Dictionary<string, AttributeValue> item) =>
        item.Sum(kv => System.Text.Encoding.UTF8.GetByteCount(kv.Key) + ValueSize(kv.Value));

    private static int ValueSize(AttributeValue value) =>
        value.S is { } text ? System.Text.Encoding.UTF8.GetByteCount(text)
        : value.N is { } number ? (number.Count(char.IsDigit) + 1) / 2 + 1
        : value.L is { Count: > 0 } list ? 3 + list.Sum(element => ValueSize(element) + 1)
        : value.M is { Count: > 0 } map ? 3 + map.Sum(kv => System.Text.Encoding.UTF8.GetByteCount(kv.Key) + ValueSize(kv.Value) + 1)
        : 1;

    /// <summary>Every page of the backfill, three orders at a time; how many orders it wrote.</summary>
    private static async Task<int> BackfillAsync(HttpClient admin)
    {
        var sharded = 0;
        string? next = null;
        for (var pages = 0; pages < 5000; pages++)
        {
            var page = await (await admin.PostAsync($"/api/admin/orders/status-index?limit=3{(next is null ? "" : $"&nextToken={Uri.EscapeDataString(next)}")}", null)).JsonAsync();
            sharded += (int)page["sharded"]!;
            if ((next = (string?)page["nextToken"]) is null)
            {
                return sharded;
            }
        }
        throw new InvalidOperationException("the backfill did not end");
    }

    private static async Task<List<string>> ListedAsync(HttpClient admin, string status) =>
        (await admin.AllPagesAsync($"/api/admin/orders?status={status}&limit=100", cursorParameter: "cursor")).Select(Id).ToList();

    /// <summary>Makes the order look as one written before the index was sharded: no statusShard.</summary>
    private async Task ForgetShardAsync(string orderId) =>
        await shop.Services.GetRequiredService<IAmazonDynamoDB>().UpdateItemAsync(new UpdateItemRequest
        {
            TableName = shop.Services.GetRequiredService<IConfiguration>().Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
            Key = new() { ["orderId"] = new() { S = orderId } },
            UpdateExpression = "REMOVE statusShard",
        });

    /// <summary>The order's status and index shard as stored.</summary>
    internal static async Task<(string Status, string Shard)> StoredAsync(ShopApi shop, string orderId)
    {
        var item = (await shop.Services.GetRequiredService<IAmazonDynamoDB>().GetItemAsync(new GetItemRequest
        {
            TableName = shop.Services.GetRequiredService<IConfiguration>().Setting(ShopSettings.OrdersTable, "cloudretail-orders"),
            Key = new() { ["orderId"] = new() { S = orderId } },
            ConsistentRead = true,
        })).Item;
        return (item["status"].S, item["statusShard"].S);
    }

    private Task<(string Status, string Shard)> StoredAsync(string orderId) => StoredAsync(shop, orderId);

    private static string Id(JsonNode order) => (string)order["orderId"]!;
}
