using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Invariants;

/// <summary>
/// What must hold whatever shoppers and staff did, read straight from the tables (a test may; a
/// module may not), for the products and shoppers of one test:
/// on-hand + reserved + sold + written off changes only by staff counts and adjustments; reserved is exactly what
/// live orders hold; reserved, sold and written off agree with the ledger (a return back to stock moves sold to
/// on hand, RESTOCK; one written off moves sold to written off, WRITE_OFF); every paid order has exactly one
/// successful payment, and is paid by the payment it names; a cancelled order kept nothing it was paid
/// (refunded in full); per payment, refunded ≤ collected, and refunded is the sum of its refunds not
/// FAILED; each shopper's unpaid-order and uncollected-cash counters equal the orders that hold them;
/// an order's history runs, move by move, to where the order, its payment and its refunds stand.
/// </summary>
public static class ShopInvariants
{
    /// <summary>Statuses whose orders still hold their stock reserved.</summary>
    private static readonly string[] Holding = ["PENDING", "PAYING"];

    /// <summary>Statuses reached only through a successful provider outcome.</summary>
    private static readonly string[] Paid = ["CONFIRMED", "SHIPPED", "DELIVERED"];

    /// <summary>Payment statuses that settle an order (cash on delivery is DUE, then COLLECTED).</summary>
    private static readonly string[] Settling = ["SUCCESS", "DUE", "COLLECTED"];

    public static async Task AssertHoldAsync(ShopApi shop, IReadOnlyCollection<string> productIds, IReadOnlyCollection<string> userIds)
    {
        var violations = await FindViolationsAsync(shop, productIds, userIds);
        Assert.True(violations.Count == 0, $"{violations.Count} invariant violations:\n{string.Join("\n", violations)}");
    }

    /// <summary>The broken rules, one line each, over the given products and the orders of the given shoppers.</summary>
    public static Task<IReadOnlyList<string>> FindViolationsAsync(ShopApi shop, IReadOnlyCollection<string> productIds, IReadOnlyCollection<string> userIds) =>
        FindViolationsAsync(shop.Services, productIds, order => userIds.Contains(order["userId"].S));

    /// <summary>The broken rules over the given products and the given orders.</summary>
    public static Task<IReadOnlyList<string>> FindViolationsAsync(IServiceProvider host, IReadOnlyCollection<string> productIds, IEnumerable<string> orderIds)
    {
        var ids = orderIds.ToHashSet(StringComparer.Ordinal);
        return FindViolationsAsync(host, productIds, order => ids.Contains(order["orderId"].S));
    }

    private static async Task<IReadOnlyList<string>> FindViolationsAsync(
        IServiceProvider host, IReadOnlyCollection<string> productIds, Func<Dictionary<string, AttributeValue>, bool> ofTheTest)
    {
        var dynamoDb = host.GetRequiredService<IAmazonDynamoDB>();
        var settings = host.GetRequiredService<IConfiguration>();
        // The orders table also keeps each shopper's unpaid-order count and applied webhook events: only orders have a status.
        var ordersTable = await ScanAsync(dynamoDb, settings.Setting(ShopSettings.OrdersTable, "cloudretail-orders"));
        var orders = ordersTable.Where(HasStatus).ToList();
        var counters = ordersTable.Where(i => i["orderId"].S.StartsWith("UNPAID#", StringComparison.Ordinal)).ToDictionary(i => i["orderId"].S["UNPAID#".Length..]);
        var payments = (await ScanAsync(dynamoDb, settings.Setting(ShopSettings.PaymentsTable, "cloudretail-payments"))).Where(HasStatus).ToList();
        var refunds = (await ScanAsync(dynamoDb, settings.Setting(ShopSettings.RefundsTable, "cloudretail-refunds"))).ToLookup(r => r["paymentId"].S);
        var violations = new List<string>();

        var held = orders.Where(o => Holding.Contains(o["status"].S))
            .SelectMany(o => o["items"].L.Select(l => (ProductId: l.M["productId"].S, Qty: Int(l.M["qty"]))))
            .GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Qty));
        foreach (var productId in productIds)
        {
            var level = await StockAsync(dynamoDb, settings, productId);
            var ledger = await LedgerAsync(dynamoDb, settings, productId);
            int Sum(params string[] kinds) => ledger.Where(e => kinds.Contains(e.Kind)).Sum(e => e.Qty);
            var onHandByStaff = Sum("COUNT", "ADJUST");
            if (level.Available + level.Reserved + level.Sold + level.WrittenOff != onHandByStaff)
            {
                violations.Add($"{productId}: available {level.Available} + reserved {level.Reserved} + sold {level.Sold} + written off {level.WrittenOff} != {onHandByStaff} put on hand by staff");
            }
            if (level.Reserved != held.GetValueOrDefault(productId))
            {
                violations.Add($"{productId}: reserved {level.Reserved} but live orders hold {held.GetValueOrDefault(productId)}");
            }
            if (level.Reserved != Sum("RESERVE") - Sum("RELEASE") - Sum("SELL") + Sum("RECONCILE") || level.Sold != Sum("SELL") - Sum("RESTOCK") - Sum("WRITE_OFF")
                || level.WrittenOff != Sum("WRITE_OFF"))
            {
                violations.Add($"{productId}: reserved {level.Reserved} / sold {level.Sold} / written off {level.WrittenOff} disagree with the ledger");
            }
            if (level.Available < 0 || level.Reserved < 0 || level.Sold < 0)
            {
                violations.Add($"{productId}: negative stock {level}");
            }
        }

        var settled = payments.Where(p => Settling.Contains(p["status"].S)).ToLookup(p => p["orderId"].S);
        foreach (var order in orders.Where(ofTheTest))
        {
            var (orderId, status) = (order["orderId"].S, order["status"].S);
            var settledBy = settled[orderId].Select(p => p["paymentId"].S).ToList();
            if (Paid.Contains(status))
            {
                if (settledBy.Count != 1)
                {
                    violations.Add($"{orderId} is {status} with {settledBy.Count} settling payments");
                }
                if (!order.TryGetValue("paymentId", out var paidBy) || !settledBy.Contains(paidBy.S))
                {
                    violations.Add($"{orderId} is {status} without the provider outcome that settled it");
                }
            }
            else if (payments.Any(p => p["orderId"].S == orderId && p["status"].S is "SUCCESS" or "COLLECTED" && Refunded(p) != Dec(p["amount"])))
            {
                violations.Add($"{orderId} is {status} yet kept what was paid (not refunded in full)");
            }
            foreach (var payment in payments.Where(p => p["orderId"].S == orderId))
            {
                var (paymentId, refunded) = (payment["paymentId"].S, Refunded(payment));
                var collected = payment["status"].S is "SUCCESS" or "COLLECTED" ? Dec(payment["amount"]) : 0m;
                if (refunded < 0 || refunded > collected)
                {
                    violations.Add($"{paymentId} of {orderId}: refunded {refunded} is not within the {collected} collected");
                }
                var recorded = refunds[paymentId].Where(r => r["status"].S != "FAILED").Sum(r => Dec(r["amount"]));
                if (recorded != refunded)
                {
                    violations.Add($"{paymentId} of {orderId}: refunded {refunded} but its refunds add up to {recorded}");
                }
            }
        }
        foreach (var userId in orders.Where(ofTheTest).Select(o => o["userId"].S).Distinct())
        {
            var theirs = orders.Where(o => o["userId"].S == userId).ToList();
            var counter = counters.GetValueOrDefault(userId) ?? [];
            int Counted(string name) => counter.TryGetValue(name, out var count) ? Int(count) : 0;
            var (unpaid, uncollected) = (theirs.Count(o => Holding.Contains(o["status"].S)), theirs.Count(o => o.GetValueOrDefault("cashDue")?.BOOL is true));
            if (Counted("unpaidCount") != unpaid || Counted("uncollectedCashCount") != uncollected)
            {
                violations.Add($"{userId}: counters say {Counted("unpaidCount")} unpaid / {Counted("uncollectedCashCount")} uncollected, orders hold {unpaid} / {uncollected}");
            }
        }
        var historyTable = settings.Setting(ShopSettings.OrderHistoryTable, "cloudretail-order-history");
        foreach (var order in orders.Where(ofTheTest))
        {
            violations.AddRange(HistoryViolations(order, await HistoryAsync(dynamoDb, historyTable, order["orderId"].S),
                payments.Where(p => p["orderId"].S == order["orderId"].S), refunds));
        }
        return violations;
    }

    private static decimal Dec(AttributeValue value) => decimal.Parse(value.N, CultureInfo.InvariantCulture);

    private static decimal Refunded(Dictionary<string, AttributeValue> payment) => payment.TryGetValue("refunded", out var refunded) ? Dec(refunded) : 0m;

    private static async Task<(int Available, int Reserved, int Sold, int WrittenOff)> StockAsync(IAmazonDynamoDB dynamoDb, IConfiguration settings, string productId)
    {
        var item = (await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = settings.Setting(ShopSettings.InventoryTable, "cloudretail-inventory"),
            Key = new Dictionary<string, AttributeValue> { ["productId"] = new() { S = productId } },
            ConsistentRead = true,
        })).Item ?? [];
        return item.Count == 0 ? (0, 0, 0, 0) : (Int(item["availableQty"]), Int(item["reservedQty"]), item.TryGetValue("soldQty", out var sold) ? Int(sold) : 0,
            item.TryGetValue("writtenOffQty", out var writtenOff) ? Int(writtenOff) : 0);
    }

    private static async Task<List<(string Kind, int Qty)>> LedgerAsync(IAmazonDynamoDB dynamoDb, IConfiguration settings, string productId)
    {
        var entries = new List<(string, int)>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.QueryAsync(new QueryRequest
            {
                TableName = settings.Setting(ShopSettings.StockLedgerTable, "cloudretail-stock-ledger"),
                KeyConditionExpression = "productId = :p",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":p"] = new() { S = productId } },
                ConsistentRead = true,
                ExclusiveStartKey = startKey,
            });
            entries.AddRange(page.Items.Select(i => (i["kind"].S, Int(i["qty"]))));
            startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);
        return entries;
    }

    /// <summary>The order's history tells its life: its ORDER entries, every one of them, run from placing (no from)
    /// to its status, each starting where the one before ended; its payment's and each refund's last entry is where they stand.</summary>
    private static IEnumerable<string> HistoryViolations(Dictionary<string, AttributeValue> order, List<Dictionary<string, AttributeValue>> history,
        IEnumerable<Dictionary<string, AttributeValue>> payments, ILookup<string, Dictionary<string, AttributeValue>> refunds)
    {
        var orderId = order["orderId"].S;
        var moves = history.Where(e => e["subject"].S == "ORDER").ToList();
        // Followed by from and to rather than by time: clocks of two instances (and the soak's clock, which moves
        // back after a jump) need not agree, but each move must start where one before it ended.
        var (at, unwalked) = Walk(moves);
        if (moves.Count == 0 || unwalked > 0 || at != order["status"].S)
        {
            yield return $"{orderId} is {order["status"].S} but its history says {string.Join(", ", moves.Select(e => $"{(e.TryGetValue("from", out var f) ? f.S : "")}->{e["to"].S}"))}";
        }
        foreach (var payment in payments)
        {
            foreach (var (id, status) in refunds[payment["paymentId"].S].Select(r => (r["refundId"].S, r["status"].S)).Prepend((payment["paymentId"].S, payment["status"].S)))
            {
                var (last, offChain) = Walk(history.Where(e => e.TryGetValue("reference", out var reference) && reference.S == id).ToList());
                if (last != status || offChain > 0)
                {
                    yield return $"{id} of {orderId} is {status} but its history ends at {last ?? "nothing"} ({offChain} entries off the chain)";
                }
            }
        }
    }

    /// <summary>Follows entries from the first (no from), each to the one starting where it ended: where the chain
    /// ends, and how many entries it never reached.</summary>
    private static (string? End, int Unwalked) Walk(List<Dictionary<string, AttributeValue>> entries)
    {
        var unwalked = entries.ToList();
        string? at = null;
        while (unwalked.FirstOrDefault(e => (e.TryGetValue("from", out var from) ? from.S : null) == at) is { } next)
        {
            unwalked.Remove(next);
            at = next["to"].S;
        }
        return (at, unwalked.Count);
    }

    private static async Task<List<Dictionary<string, AttributeValue>>> HistoryAsync(IAmazonDynamoDB dynamoDb, string table, string orderId) =>
        (await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = table,
            KeyConditionExpression = "orderId = :orderId",
            ExpressionAttributeValues = new() { [":orderId"] = new AttributeValue { S = orderId } },
            ConsistentRead = true,
        })).Items;

    private static async Task<List<Dictionary<string, AttributeValue>>> ScanAsync(IAmazonDynamoDB dynamoDb, string table)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest { TableName = table, ConsistentRead = true, ExclusiveStartKey = startKey });
            items.AddRange(page.Items);
            startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);
        return items;
    }

    private static bool HasStatus(Dictionary<string, AttributeValue> item) => item.ContainsKey("status");

    private static int Int(AttributeValue value) => int.Parse(value.N, CultureInfo.InvariantCulture);
}
