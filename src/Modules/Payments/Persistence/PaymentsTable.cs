using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Persistence;

/// <summary>The only code that knows the Payments table's attribute names. Besides payments it holds
/// one marker per webhook event taken, under <c>EVENT#&lt;id&gt;</c>, so that an event is applied once.</summary>
internal sealed class PaymentsTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string PaymentId = "paymentId";
    private const string OrderId = "orderId";
    private const string Status = "status";
    private const string UpdatedAt = "updatedAt";

    /// <summary>Reported when the payment was no longer in the status the write expected.</summary>
    public const string MovedCheck = "payment-moved";

    /// <summary>Reported when a webhook event id was taken before.</summary>
    public const string ReplayedEventCheck = "event-replayed";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(PaymentId, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(PaymentId, ScalarAttributeType.S)],
    });

    public TransactWriteItem Add(Payment payment) => new()
    {
        Put = new Put
        {
            TableName = options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                [PaymentId] = new() { S = payment.PaymentId },
                [OrderId] = new() { S = payment.OrderId },
                ["userId"] = new() { S = payment.UserId },
                ["amount"] = new() { N = payment.Amount.ToString(CultureInfo.InvariantCulture) },
                ["currency"] = new() { S = payment.Currency },
                [Status] = new() { S = payment.Status },
                ["provider"] = new() { S = payment.Provider },
                ["createdAt"] = new() { S = Timestamp(payment.CreatedAt) },
            },
            ConditionExpression = $"attribute_not_exists({PaymentId})",
        },
    };

    /// <summary>The payment moves from one status to another, only if it is still in the first.</summary>
    public TransactWriteItem Move(string paymentId, string from, string to, DateTimeOffset now) => new()
    {
        Update = new Update
        {
            TableName = options.TableName,
            Key = Key(paymentId),
            UpdateExpression = $"SET #status = :to, {UpdatedAt} = :now",
            ConditionExpression = "#status = :from",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status },
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":from"] = new() { S = from },
                [":to"] = new() { S = to },
                [":now"] = new() { S = Timestamp(now) },
            },
        },
    };

    /// <summary>Takes a webhook event id; the write fails if it was taken before.</summary>
    public TransactWriteItem TakeEvent(string eventId, DateTimeOffset now) => new()
    {
        Put = new Put
        {
            TableName = options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                [PaymentId] = new() { S = EventKey(eventId) },
                ["receivedAt"] = new() { S = Timestamp(now) },
            },
            ConditionExpression = $"attribute_not_exists({PaymentId})",
        },
    };

    public async Task<Payment?> FindAsync(string paymentId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(paymentId),
            ConsistentRead = true,
        }, cancellationToken);
        // Event markers share the key space and are not payments.
        if (!response.IsItemSet || !response.Item.ContainsKey(OrderId))
        {
            return null;
        }
        var item = response.Item;
        return new Payment(item[PaymentId].S, item[OrderId].S, item["userId"].S,
            decimal.Parse(item["amount"].N, CultureInfo.InvariantCulture), item["currency"].S, item[Status].S, item["provider"].S,
            DateTimeOffset.Parse(item["createdAt"].S, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, AttributeValue> Key(string paymentId) => new() { [PaymentId] = new() { S = paymentId } };

    private static string EventKey(string eventId) => $"EVENT#{eventId}";

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
