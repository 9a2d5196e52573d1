using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Persistence;

/// <summary>The only code that knows the Payments table's attribute names.</summary>
internal sealed class PaymentsTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string PaymentId = "paymentId";

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
                ["orderId"] = new() { S = payment.OrderId },
                ["userId"] = new() { S = payment.UserId },
                ["amount"] = new() { N = payment.Amount.ToString(CultureInfo.InvariantCulture) },
                ["currency"] = new() { S = payment.Currency },
                ["status"] = new() { S = payment.Status },
                ["provider"] = new() { S = payment.Provider },
                ["createdAt"] = new() { S = payment.CreatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
            },
            ConditionExpression = $"attribute_not_exists({PaymentId})",
        },
    };

    public async Task<Payment?> FindAsync(string paymentId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = new Dictionary<string, AttributeValue> { [PaymentId] = new() { S = paymentId } },
            ConsistentRead = true,
        }, cancellationToken);
        if (!response.IsItemSet)
        {
            return null;
        }
        var item = response.Item;
        return new Payment(item[PaymentId].S, item["orderId"].S, item["userId"].S,
            decimal.Parse(item["amount"].N, CultureInfo.InvariantCulture), item["currency"].S, item["status"].S, item["provider"].S,
            DateTimeOffset.Parse(item["createdAt"].S, CultureInfo.InvariantCulture));
    }
}
