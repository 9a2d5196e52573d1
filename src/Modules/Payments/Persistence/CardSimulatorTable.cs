using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Providers;
using CloudRetail.Payments.Webhooks;

namespace CloudRetail.Payments.Persistence;

/// <summary>A webhook the simulator still owes the shop: the event, and which of its books' entries it belongs to.</summary>
internal sealed record OwedWebhook(string EntryKey, PaymentEvent Event, int Deliveries);

/// <summary>
/// The only code that knows the card simulator's table: the simulated processor's own books, in
/// DynamoDB so that every instance of the shop answers for every charge. One item per idempotency key:
/// <c>CHARGE#&lt;paymentId&gt;</c> (its outcome, and <c>voided</c> once voided) and <c>REFUND#&lt;refundId&gt;</c>.
/// Each is written once, on the condition that it does not exist, so a repeat reads the first outcome.
/// An item whose webhook is not acknowledged yet carries <c>webhookDue</c> and <c>nextDeliveryAt</c>,
/// which is all the sparse index <see cref="ShopIndexes.CardWebhooksDue"/> holds.
/// </summary>
internal sealed class CardSimulatorTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string EntryKey = "entryKey", Outcome = "outcome", Voided = "voided", PaymentId = "paymentId", RefundId = "refundId";
    private const string CreatedAt = "createdAt", EventId = "eventId", EventType = "eventType", WebhookDue = "webhookDue";
    private const string NextDeliveryAt = "nextDeliveryAt", Deliveries = "deliveries", DeliveredAt = "deliveredAt", GaveUpAt = "gaveUpAt", SettledAt = "settledAt";
    private const string Due = "DUE";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, EntryKey).WithIndex(ShopIndexes.CardWebhooksDue, WebhookDue, NextDeliveryAt);

    public static string ChargeKey(string paymentId) => $"CHARGE#{paymentId}";

    public static string RefundKey(string refundId) => $"REFUND#{refundId}";

    /// <summary>Records a charge under its payment id with the webhook that tells its outcome; false when
    /// the key was written before (charged, or voided first).</summary>
    public Task<bool> AddChargeAsync(string paymentId, ProviderOutcome outcome, PaymentEvent owed, DateTimeOffset now, DateTimeOffset resendAt, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.CardSimulatorTableName,
            Item = Owing(Attr.Map((EntryKey, Attr.Text(ChargeKey(paymentId))), (PaymentId, Attr.Text(paymentId)), (Outcome, Attr.Enum(outcome)),
                (CreatedAt, Attr.Timestamp(now))), owed, resendAt),
            ConditionExpression = $"attribute_not_exists({EntryKey})",
        }, cancellationToken));

    /// <summary>What the books say of a charge: null when nothing was charged or voided under the key; a
    /// voided key reads as declined.</summary>
    public async Task<ProviderOutcome?> FindChargeAsync(string paymentId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.CardSimulatorTableName, Key(ChargeKey(paymentId)), consistentRead: true, cancellationToken) is not { } item
            ? null
            : item.Flag(Voided) ? ProviderOutcome.Declined
            : item.ContainsKey(Outcome) ? item.Enum<ProviderOutcome>(Outcome)
            : null;

    /// <summary>Voids the key (a charge under it later is declined) and stops its webhook; true when this
    /// call gave back money the charge had captured.</summary>
    public async Task<bool> VoidAsync(string paymentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = (await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.CardSimulatorTableName,
            Key = Key(ChargeKey(paymentId)),
            UpdateExpression = "SET #voided = :true, #paymentId = :paymentId, #createdAt = if_not_exists(#createdAt, :now) REMOVE #webhookDue",
            ExpressionAttributeNames = new() { ["#voided"] = Voided, ["#paymentId"] = PaymentId, ["#createdAt"] = CreatedAt, ["#webhookDue"] = WebhookDue },
            ExpressionAttributeValues = Attr.Map((":true", new AttributeValue { BOOL = true }), (":paymentId", Attr.Text(paymentId)), (":now", Attr.Timestamp(now))),
            ReturnValues = ReturnValue.ALL_OLD,
        }, cancellationToken)).Attributes ?? [];
        return !before.Flag(Voided) && before.ContainsKey(Outcome) && before.Enum<ProviderOutcome>(Outcome) == ProviderOutcome.Succeeded;
    }

    /// <summary>The outcome recorded for a refund id, or null before it was asked for.</summary>
    public async Task<RefundOutcome?> FindRefundAsync(string refundId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.CardSimulatorTableName, Key(RefundKey(refundId)), consistentRead: true, cancellationToken) is { } item
            ? item.Enum<RefundOutcome>(Outcome)
            : null;

    /// <summary>Records a refund under its id with the webhook that tells its outcome; false when the id was recorded before.</summary>
    public Task<bool> AddRefundAsync(string refundId, string paymentId, RefundOutcome outcome, PaymentEvent owed, DateTimeOffset now, DateTimeOffset resendAt,
        CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.CardSimulatorTableName,
            Item = Owing(Attr.Map((EntryKey, Attr.Text(RefundKey(refundId))), (RefundId, Attr.Text(refundId)), (PaymentId, Attr.Text(paymentId)),
                (Outcome, Attr.Enum(outcome)), (CreatedAt, Attr.Timestamp(now))), owed, resendAt),
            ConditionExpression = $"attribute_not_exists({EntryKey})",
        }, cancellationToken));

    /// <summary>The shop took the webhook (or will never take it): no more deliveries.</summary>
    public Task DeliveredAsync(string entryKey, DateTimeOffset now, CancellationToken cancellationToken) => StopAsync(entryKey, DeliveredAt, now, cancellationToken);

    /// <summary>What the webhook tells was settled otherwise (by the sweep): no more deliveries.</summary>
    public Task NoLongerOwedAsync(string entryKey, DateTimeOffset now, CancellationToken cancellationToken) => StopAsync(entryKey, SettledAt, now, cancellationToken);

    private Task<bool> StopAsync(string entryKey, string stampedAs, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.CardSimulatorTableName,
            Key = Key(entryKey),
            UpdateExpression = "SET #stamp = :now REMOVE #webhookDue, #nextDeliveryAt",
            ConditionExpression = $"attribute_exists({EntryKey})",
            ExpressionAttributeNames = new() { ["#stamp"] = stampedAs, ["#webhookDue"] = WebhookDue, ["#nextDeliveryAt"] = NextDeliveryAt },
            ExpressionAttributeValues = Attr.Map((":now", Attr.Timestamp(now))),
        }, cancellationToken));

    /// <summary>Counts failed deliveries and says when to try again; with no next time, stops trying.
    /// False when the webhook was acknowledged meanwhile.</summary>
    public Task<bool> FailedDeliveryAsync(string entryKey, int deliveries, DateTimeOffset? next, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.CardSimulatorTableName,
            Key = Key(entryKey),
            UpdateExpression = next is null
                ? "SET #deliveries = :deliveries, #gaveUpAt = :now REMOVE #webhookDue, #nextDeliveryAt"
                : "SET #deliveries = :deliveries, #nextDeliveryAt = :next",
            ConditionExpression = "attribute_exists(#webhookDue)",
            ExpressionAttributeNames = next is null
                ? new() { ["#deliveries"] = Deliveries, ["#gaveUpAt"] = GaveUpAt, ["#webhookDue"] = WebhookDue, ["#nextDeliveryAt"] = NextDeliveryAt }
                : new() { ["#deliveries"] = Deliveries, ["#nextDeliveryAt"] = NextDeliveryAt, ["#webhookDue"] = WebhookDue },
            ExpressionAttributeValues = next is null
                ? Attr.Map((":deliveries", Attr.Number(deliveries)), (":now", Attr.Timestamp(now)))
                : Attr.Map((":deliveries", Attr.Number(deliveries)), (":next", Attr.Timestamp(next.Value))),
        }, cancellationToken));

    /// <summary>Webhooks owed whose next delivery is due by <paramref name="now"/>, the most overdue first.</summary>
    public IAsyncEnumerable<OwedWebhook> OwedByAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.CardSimulatorTableName,
            IndexName = ShopIndexes.CardWebhooksDue,
            KeyConditionExpression = "#webhookDue = :due AND #nextDeliveryAt <= :now",
            ExpressionAttributeNames = new() { ["#webhookDue"] = WebhookDue, ["#nextDeliveryAt"] = NextDeliveryAt },
            ExpressionAttributeValues = Attr.Map((":due", Attr.Text(Due)), (":now", Attr.Timestamp(now))),
            ExclusiveStartKey = startKey,
        }, item => new OwedWebhook(item.Text(EntryKey),
            new PaymentEvent(item.Text(EventId), item.Text(EventType), item.Text(PaymentId), item.TextOrNull(RefundId)), item.QuantityOr(Deliveries, 0)), ct), cancellationToken);

    private static Dictionary<string, AttributeValue> Owing(Dictionary<string, AttributeValue> item, PaymentEvent owed, DateTimeOffset resendAt)
    {
        item[EventId] = Attr.Text(owed.Id);
        item[EventType] = Attr.Text(owed.Type);
        item[WebhookDue] = Attr.Text(Due);
        item[NextDeliveryAt] = Attr.Timestamp(resendAt);
        item[Deliveries] = Attr.Number(0);
        return item;
    }

    private static Dictionary<string, AttributeValue> Key(string entryKey) => Attr.Map((EntryKey, Attr.Text(entryKey)));
}
