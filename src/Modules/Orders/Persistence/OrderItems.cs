using System.Globalization;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Persistence;

/// <summary>An order as a DynamoDB item, attribute names kept from the Orders table's first shape (docs/compatibility.md).</summary>
internal static class OrderItems
{
    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public static Dictionary<string, AttributeValue> ToItem(Order order)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["orderId"] = new() { S = order.OrderId },
            ["userId"] = new() { S = order.UserId },
            ["userEmail"] = new() { S = order.UserEmail },
            ["status"] = new() { S = order.Status.Name() },
            ["items"] = new() { L = order.Lines.Select(ToItem).ToList() },
            ["totalAmount"] = Number(order.TotalAmount),
            ["currency"] = new() { S = order.Currency },
            ["createdAt"] = new() { S = Timestamp(order.CreatedAt) },
        };
        return item;
    }

    public static Order ToOrder(Dictionary<string, AttributeValue> item) => new(
        item["orderId"].S,
        item["userId"].S,
        item["userEmail"].S,
        OrderTransitions.ParseStatus(item["status"].S),
        item["items"].L.Select(ToLine).ToList(),
        decimal.Parse(item["totalAmount"].N, CultureInfo.InvariantCulture),
        item["currency"].S,
        DateTimeOffset.Parse(item["createdAt"].S, CultureInfo.InvariantCulture),
        Optional(item, "updatedAt") is { } updatedAt ? DateTimeOffset.Parse(updatedAt, CultureInfo.InvariantCulture) : null,
        Optional(item, "trackingNumber"),
        Optional(item, "cancelReason"),
        Optional(item, "paymentId"));

    private static AttributeValue ToItem(OrderLine line) => new()
    {
        M = new Dictionary<string, AttributeValue>
        {
            ["productId"] = new() { S = line.ProductId },
            ["name"] = new() { S = line.Name },
            ["qty"] = Number(line.Qty),
            ["price"] = Number(line.Price),
        },
    };

    private static OrderLine ToLine(AttributeValue value) => new(
        value.M["productId"].S,
        value.M["name"].S,
        int.Parse(value.M["qty"].N, CultureInfo.InvariantCulture),
        decimal.Parse(value.M["price"].N, CultureInfo.InvariantCulture));

    private static string? Optional(Dictionary<string, AttributeValue> item, string name) => item.TryGetValue(name, out var value) ? value.S : null;

    private static AttributeValue Number(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}
