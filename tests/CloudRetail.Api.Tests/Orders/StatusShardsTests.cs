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
public sealed class StatusShardsTests(ShopApi shop)
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
