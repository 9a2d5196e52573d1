using System.Globalization;
using System.Security.Cryptography;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders.Persistence;

/// <summary>An entry of an order's history as it was recorded.</summary>
internal sealed record OrderHistoryEntry(DateTimeOffset At, OrderEvent Event);

/// <summary>
/// The only code that knows the order-history table's attribute names: one item per entry, keyed by
/// the order and <c>entryKey</c> = the entry's time, its place in its transaction and a random suffix
/// (<c>2026-12-02T16:05:00.1234567Z#003#9f1c2a7b</c>), so one Query reads an order's history oldest first,
/// entries of one transaction keep the order they were added in, and no two entries share a key. Its
/// own table, so no index of the orders table lists an entry as an order. Entries are only ever put.
/// </summary>
internal sealed class OrderHistoryTable(IAmazonDynamoDB dynamoDb, OrdersOptions options, TimeProvider clock) : IOrderHistory
{
    private const string OrderId = "orderId", EntryKey = "entryKey", At = "at", Subject = "subject", From = "from", To = "to";
    private const string ActorKind = "actorKind", ActorId = "actorId", Reason = "reason", Amount = "amount", Reference = "reference";

    /// <summary>A reason longer than this is cut: an entry stays a small item whatever a caller passes.</summary>
    public const int MaxReasonLength = 500;

    public static TableDefinition Definition(OrdersOptions options) => TableDefinition.Keyed(options.HistoryTableName, OrderId, EntryKey);

    public void Record(WriteTransaction transaction, string orderId, OrderEvent entry)
    {
        var at = clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{Attr.TimestampText(at)}#{transaction.Count:D3}#{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var reason = entry.Reason is { Length: > MaxReasonLength } longer ? longer[..MaxReasonLength] : entry.Reason;
        transaction.Put(new Put
        {
            TableName = options.HistoryTableName,
            Item = Attr.Map((OrderId, Attr.Text(orderId)), (EntryKey, Attr.Text(key)), (At, Attr.Timestamp(at)), (Subject, Attr.Enum(entry.Subject)),
                (From, Attr.TextOrNull(entry.From)), (To, Attr.Text(entry.To)), (ActorKind, Attr.Enum(entry.Actor.Kind)), (ActorId, Attr.TextOrNull(entry.Actor.Id)),
                (Reason, Attr.TextOrNull(reason)), (Amount, Attr.NumberOrNull(entry.Amount)), (Reference, Attr.TextOrNull(entry.Reference))),
        });
    }

    /// <summary>The order's whole history, oldest first.</summary>
    public async Task<IReadOnlyList<OrderHistoryEntry>> ForOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var entries = new List<OrderHistoryEntry>();
        await foreach (var entry in Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.HistoryTableName,
            KeyConditionExpression = "#orderId = :orderId",
            ExpressionAttributeNames = new() { ["#orderId"] = OrderId },
            ExpressionAttributeValues = Attr.Map((":orderId", Attr.Text(orderId))),
            ConsistentRead = true,
            ExclusiveStartKey = startKey,
        }, ToEntry, ct), cancellationToken))
        {
            entries.Add(entry);
        }
        return entries;
    }

    private static OrderHistoryEntry ToEntry(Dictionary<string, AttributeValue> item) => new(
        item.Timestamp(At),
        new OrderEvent(item.Enum<OrderEventSubject>(Subject), item.TextOrNull(From), item.Text(To),
            new OrderActor(item.Enum<OrderActorKind>(ActorKind), item.TextOrNull(ActorId)), item.TextOrNull(Reason), item.AmountOrNull(Amount),
            item.TextOrNull(Reference)));
}
