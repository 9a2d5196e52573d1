using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Inventory;

/// <summary>Reserved stock that drifted from the live orders (injected straight into the table, as
/// old data or a bug would leave it) is reported, repaired with a ledger entry, and logged.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class ReconciliationTests(ShopApi shop)
{
    [Fact]
    public async Task Drift_either_way_is_reported_then_repaired_so_the_orders_can_be_paid()
    {
        var admin = await shop.AdminClientAsync();
        var (orphaned, orphanedOrder, orphanedPayer) = await PendingOrderAsync(qty: 2);
        var (oversold, oversoldOrder, oversoldPayer) = await PendingOrderAsync(qty: 2);
        await InjectAsync(orphaned, available: 5, reserved: 5);
        await InjectAsync(oversold, available: 10, reserved: 0);
        Assert.Contains(await ShopInvariants.FindViolationsAsync(shop, [orphaned], []), v => v.Contains("live orders hold 2", StringComparison.Ordinal));
        // Reconciliation trusts only levels that stood still for a while.
        using var later = shop.Clock.Advance(TimeSpan.FromMinutes(1));

        var report = await admin.GetJsonAsync("/api/inventory/reconciliation");
        var repair = await (await admin.PostAsync("/api/inventory/reconciliation/repair", null)).JsonAsync();
        var after = await admin.GetJsonAsync("/api/inventory/reconciliation");

        Assert.Equal((5, 2, 3), Drift(report, orphaned));
        Assert.Equal((0, 2, -2), Drift(report, oversold));
        Assert.True((int)report["drift"]! >= 5);
        Assert.Contains(orphaned, repair["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.Contains(oversold, repair["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.DoesNotContain(after["products"]!.AsArray(), p => (string)p!["productId"]! is var id && (id == orphaned || id == oversold));
        Assert.Equal((8, 2), await LevelAsync(orphaned));
        Assert.Equal((8, 2), await LevelAsync(oversold));
        Assert.Contains(shop.Factory.Logs.Entries, e => e.Message.Contains($"Repaired stock of {orphaned}", StringComparison.Ordinal));
        var ledger = await admin.GetJsonAsync($"/api/inventory/{orphaned}/movements?limit=1");
        Assert.Equal(("RECONCILE", -3), ((string)ledger["items"]![0]!["kind"]!, (int)ledger["items"]![0]!["qty"]!));
        // The admin's repair is in the audit trail, written with it: reserved and available before and after.
        var audited = Assert.Single((await admin.GetJsonAsync($"/api/admin/audit?subjectId={orphaned}&action=STOCK_REPAIRED"))["items"]!.AsArray())!;
        Assert.Equal(("5", "5", "8", "2"), ((string?)audited["before"]!["availableQty"], (string?)audited["before"]!["reservedQty"],
            (string?)audited["after"]!["availableQty"], (string?)audited["after"]!["reservedQty"]));

        Assert.Equal(HttpStatusCode.OK, (await orphanedPayer.PostJsonAsync("/api/payments", new { orderId = orphanedOrder, status = "SUCCESS" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await oversoldPayer.PostAsync($"/api/orders/{oversoldOrder}/cancel", null)).StatusCode);
        Assert.Equal((8, 0), await LevelAsync(orphaned));
        Assert.Equal((10, 0), await LevelAsync(oversold));
    }

    [Fact]
    public async Task The_report_shows_what_repair_would_change_and_repair_changes_exactly_that()
    {
        var admin = await shop.AdminClientAsync();
        var (orphaned, _, _) = await PendingOrderAsync(qty: 2);
        var (uncovered, _, _) = await PendingOrderAsync(qty: 2);
        await InjectAsync(orphaned, available: 5, reserved: 5);
        await InjectAsync(uncovered, available: 1, reserved: 0);
        using var later = shop.Clock.Advance(TimeSpan.FromMinutes(1));

        var preview = await admin.GetJsonAsync("/api/inventory/reconciliation");
        var repair = await (await admin.PostAsync("/api/inventory/reconciliation/repair", null)).JsonAsync();

        var orphanedLine = Product(preview, orphaned);
        Assert.Equal((5, 5, 2, 3), ((int)orphanedLine["availableQty"]!, (int)orphanedLine["reservedQty"]!, (int)orphanedLine["pendingQty"]!, (int)orphanedLine["drift"]!));
        Assert.Equal((8, 2), ((int)orphanedLine["repair"]!["availableQty"]!, (int)orphanedLine["repair"]!["reservedQty"]!));
        Assert.Equal($"Product {orphaned}", (string?)orphanedLine["name"]);
        Assert.Null(orphanedLine["leftForStaff"]);
        var uncoveredLine = Product(preview, uncovered);
        Assert.Null(uncoveredLine["repair"]);
        Assert.Equal("repair would reserve 2 more units, but only 1 are available: count the product first", (string?)uncoveredLine["leftForStaff"]);
        Assert.Contains(orphaned, repair["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.DoesNotContain(uncovered, repair["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.Equal((8, 2), await LevelAsync(orphaned));
        Assert.Equal((1, 0), await LevelAsync(uncovered));

        // As the report advises: count the product, then its repair is possible.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutJsonAsync($"/api/inventory/{uncovered}", new { availableQty = 10, reason = "recount" })).StatusCode);
        using var settled = shop.Clock.Advance(TimeSpan.FromMinutes(1));
        var counted = Product(await admin.GetJsonAsync("/api/inventory/reconciliation"), uncovered);
        Assert.Equal((8, 2), ((int)counted["repair"]!["availableQty"]!, (int)counted["repair"]!["reservedQty"]!));
        Assert.Contains(uncovered, (await (await admin.PostAsync("/api/inventory/reconciliation/repair", null)).JsonAsync())["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.Equal((8, 2), await LevelAsync(uncovered));
    }

    [Fact]
    public async Task Stock_that_matches_its_orders_is_not_reported()
    {
        var admin = await shop.AdminClientAsync();
        var (productId, _, _) = await PendingOrderAsync(qty: 3);
        using var later = shop.Clock.Advance(TimeSpan.FromMinutes(1));

        var report = await admin.GetJsonAsync("/api/inventory/reconciliation");

        Assert.DoesNotContain(report["products"]!.AsArray(), p => (string)p!["productId"]! == productId);
    }

    /// <summary>Reconciliation reads the PENDING orders, then the PAYING ones. An order that starts paying
    /// in between (its stock does not move: it stays reserved) shows in both readings; it holds its units once.
    /// The read held is the PAYING shard of the status index the order moves into (the shards are read at once).</summary>
    [Fact]
    public async Task An_order_that_starts_paying_while_the_orders_are_read_is_counted_once_and_repair_leaves_it_alone()
    {
        var admin = await shop.AdminClientAsync();
        var (productId, orderId, customer) = await PendingOrderAsync(qty: 2);
        var payingHost = shop.UnreachableWebhookHost;
        var payingShard = (await Orders.StatusShardsTests.StoredAsync(shop, orderId)).Shard.Replace("PENDING#", "PAYING#", StringComparison.Ordinal);
        using var later = shop.Clock.Advance(TimeSpan.FromMinutes(1));
        var payingRead = shop.DynamoDbCalls.HoldNext(request => request is QueryRequest
        {
            IndexName: ShopIndexes.OrdersByStatus, KeyConditionExpression: "#key = :key",
        } query && query.ExpressionAttributeValues[":key"].S == payingShard);

        var repairing = admin.PostAsync("/api/inventory/reconciliation/repair", null);
        await payingRead.Reached;
        var paid = await payingHost.CreateClientAs(customer).PostJsonAsync("/api/payments", new { orderId, cardNumber = "4242424242424242" });
        payingRead.Release();
        var repair = await (await repairing).JsonAsync();

        Assert.Equal(HttpStatusCode.Accepted, paid.StatusCode);
        Assert.DoesNotContain(repair["products"]!.AsArray(), p => (string)p!["productId"]! == productId);
        Assert.DoesNotContain(productId, repair["repaired"]!.AsArray().Select(p => (string)p!));
        Assert.Equal((8, 2), await LevelAsync(productId));
    }

    private async Task<(string ProductId, string OrderId, HttpClient Customer)> PendingOrderAsync(int qty)
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        var (customer, _, _) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId, qty });
        var placed = await customer.PostAsync("/api/orders/checkout", null);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return (productId, (string)(await placed.JsonAsync())["order"]!["orderId"]!, customer);
    }

    private async Task InjectAsync(string productId, int available, int reserved) =>
        await shop.Services.GetRequiredService<IAmazonDynamoDB>().UpdateItemAsync(new UpdateItemRequest
        {
            TableName = "cloudretail-inventory",
            Key = new Dictionary<string, AttributeValue> { ["productId"] = new() { S = productId } },
            UpdateExpression = "SET availableQty = :a, reservedQty = :r",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":a"] = new() { N = available.ToString(CultureInfo.InvariantCulture) },
                [":r"] = new() { N = reserved.ToString(CultureInfo.InvariantCulture) },
            },
        });

    private async Task<(int Available, int Reserved)> LevelAsync(string productId)
    {
        var stock = await shop.Client.GetJsonAsync($"/api/inventory/{productId}");
        return ((int)stock["availableQty"]!, (int)stock["reservedQty"]!);
    }

    private static JsonNode Product(JsonNode report, string productId) =>
        report["products"]!.AsArray().Single(p => (string)p!["productId"]! == productId)!;

    private static (int Reserved, int Pending, int Drift) Drift(JsonNode report, string productId)
    {
        var product = Product(report, productId);
        return ((int)product["reservedQty"]!, (int)product["pendingQty"]!, (int)product["drift"]!);
    }
}
