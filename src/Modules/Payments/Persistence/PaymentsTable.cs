using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Persistence;

/// <summary>The only code that knows the Payments table's attribute names. Besides payments it holds
/// one marker per webhook event taken, under <c>EVENT#&lt;id&gt;</c>, so that an event is applied once.</summary>
internal sealed class PaymentsTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string PaymentId = "paymentId", OrderId = "orderId", UserId = "userId", Amount = "amount", Currency = "currency";
    private const string Status = "status", Provider = "provider", CreatedAt = "createdAt", UpdatedAt = "updatedAt", ReceivedAt = "receivedAt";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, PaymentId);

    public void Add(WriteTransaction transaction, Payment payment) => transaction.Put(new Put
    {
        TableName = options.TableName,
        Item = Attr.Map((PaymentId, Attr.Text(payment.PaymentId)), (OrderId, Attr.Text(payment.OrderId)), (UserId, Attr.Text(payment.UserId)),
            (Amount, Attr.Number(payment.Amount)), (Currency, Attr.Text(payment.Currency)), (Status, Attr.Enum(payment.Status)),
            (Provider, Attr.Enum(payment.Provider)), (CreatedAt, Attr.Timestamp(payment.CreatedAt))),
        ConditionExpression = $"attribute_not_exists({PaymentId})",
    }, new PaymentAlreadyExists(payment.PaymentId));

    /// <summary>The payment moves from one status to another, only if it is still in the first.</summary>
    public void Move(WriteTransaction transaction, string paymentId, PaymentStatus from, PaymentStatus to, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(paymentId),
        UpdateExpression = $"SET #status = :to, {UpdatedAt} = :now",
        ConditionExpression = "#status = :from",
        ExpressionAttributeNames = new() { ["#status"] = Status },
        ExpressionAttributeValues = Attr.Map((":from", Attr.Enum(from)), (":to", Attr.Enum(to)), (":now", Attr.Timestamp(now))),
    }, new PaymentMoved(paymentId));

    /// <summary>Takes a webhook event id; refused (<see cref="EventAlreadyApplied"/>) if it was taken before.</summary>
    public void TakeEvent(WriteTransaction transaction, string eventId, DateTimeOffset now) => transaction.Put(new Put
    {
        TableName = options.TableName,
        Item = Attr.Map((PaymentId, Attr.Text(EventKey(eventId))), (ReceivedAt, Attr.Timestamp(now))),
        ConditionExpression = $"attribute_not_exists({PaymentId})",
    }, new EventAlreadyApplied(eventId));

    public async Task<Payment?> FindAsync(string paymentId, CancellationToken cancellationToken) =>
        // Event markers share the key space and are not payments.
        await dynamoDb.FindAsync(options.TableName, Key(paymentId), consistentRead: true, cancellationToken) is { } item && item.ContainsKey(OrderId)
            ? new Payment(item.Text(PaymentId), item.Text(OrderId), item.Text(UserId), item.Amount(Amount), item.Text(Currency),
                item.Enum<PaymentStatus>(Status), item.Enum<PaymentProviderKind>(Provider), item.Timestamp(CreatedAt))
            : null;

    private static Dictionary<string, AttributeValue> Key(string paymentId) => Attr.Map((PaymentId, Attr.Text(paymentId)));

    private static string EventKey(string eventId) => $"EVENT#{eventId}";
}
