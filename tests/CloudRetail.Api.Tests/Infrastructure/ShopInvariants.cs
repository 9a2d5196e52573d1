using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>What must hold after any mix of shopping, paying, cancelling and sweeping, checked over
/// the products and orders a test made. Each broken rule is one line in the answer.</summary>
public static class ShopInvariants
{
    private static readonly string[] Unpaid = ["PENDING", "PAYING"];
    private static readonly string[] Paid = ["CONFIRMED", "SHIPPED", "DELIVERED"];
    private static readonly string[] ConfirmingPayments = ["SUCCESS", "DUE", "COLLECTED"];

    /// <param name="stocked">Each product and the units it was stocked with.</param>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(
        HttpClient admin, IServiceProvider host, IReadOnlyDictionary<string, int> stocked, IEnumerable<string> orderIds)
    {
        var violations = new List<string>();
        var orders = new List<(string Id, string Status, string? PaymentId, List<(string ProductId, int Qty)> Lines)>();
        foreach (var orderId in orderIds.Distinct())
        {
            var order = await admin.GetJsonAsync($"/api/orders/{orderId}");
            orders.Add((orderId, (string)order["status"]!, (string?)order["paymentId"],
                order["items"]!.AsArray().Select(l => ((string)l!["productId"]!, (int)l["qty"]!)).ToList()));
        }
        foreach (var (productId, units) in stocked)
        {
            var stock = await admin.GetJsonAsync($"/api/inventory/{productId}");
            int available = (int)stock["availableQty"]!, reserved = (int)stock["reservedQty"]!;
            var held = Units(orders.Where(o => Unpaid.Contains(o.Status)), productId);
            var sold = Units(orders.Where(o => Paid.Contains(o.Status)), productId);
            if (available + reserved + sold != units)
            {
                violations.Add($"{productId}: available {available} + reserved {reserved} + sold {sold} != stocked {units}");
            }
            if (reserved != held)
            {
                violations.Add($"{productId}: reserved {reserved} but live PENDING/PAYING orders hold {held}");
            }
        }
        var payments = host.GetRequiredService<IAmazonDynamoDB>();
        foreach (var order in orders)
        {
            var confirming = (await PaymentsOfAsync(payments, order.Id)).Where(p => ConfirmingPayments.Contains(p.Status)).ToList();
            if (Paid.Contains(order.Status) && (confirming.Count != 1 || confirming[0].Id != order.PaymentId))
            {
                violations.Add($"{order.Id} is {order.Status} with {confirming.Count} confirming payments (order names {order.PaymentId})");
            }
            if (!Paid.Contains(order.Status) && confirming.Count != 0)
            {
                violations.Add($"{order.Id} is {order.Status} but has {confirming.Count} confirming payments");
            }
        }
        return violations;
    }

    private static int Units(IEnumerable<(string Id, string Status, string? PaymentId, List<(string ProductId, int Qty)> Lines)> orders, string productId) =>
        orders.SelectMany(o => o.Lines).Where(l => l.ProductId == productId).Sum(l => l.Qty);

    /// <summary>Read straight from the table: no endpoint lists an order's attempts.</summary>
    private static async Task<List<(string Id, string Status)>> PaymentsOfAsync(IAmazonDynamoDB dynamoDb, string orderId)
    {
        var found = new List<(string, string)>();
        Dictionary<string, AttributeValue>? startKey = null;
        do
        {
            var page = await dynamoDb.ScanAsync(new ScanRequest
            {
                TableName = "cloudretail-payments",
                FilterExpression = "orderId = :orderId",
                ExpressionAttributeValues = new() { [":orderId"] = new() { S = orderId } },
                ExclusiveStartKey = startKey,
            });
            found.AddRange(page.Items.Select(i => (i["paymentId"].S, i["status"].S)));
            startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
        }
        while (startKey is not null);
        return found;
    }
}
