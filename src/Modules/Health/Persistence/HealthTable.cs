using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Health.Persistence;

/// <summary>A scratch table for the database round trip, so that check never touches shop data.
/// Its records expire by themselves (DynamoDB TTL).</summary>
internal sealed class HealthTable(IAmazonDynamoDB dynamoDb, HealthOptions options)
{
    private const string CheckId = "checkId";
    private const string ExpiresAt = "expiresAt";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(CheckId, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(CheckId, ScalarAttributeType.S)],
    }, TimeToLiveAttribute: ExpiresAt);

    public async Task WriteAsync(string checkId, DemoRecord record, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                [CheckId] = new() { S = checkId },
                ["productId"] = new() { S = record.ProductId },
                ["name"] = new() { S = record.Name },
                ["category"] = new() { S = record.Category },
                ["price"] = new() { N = record.Price.ToString(CultureInfo.InvariantCulture) },
                ["currency"] = new() { S = record.Currency },
                ["createdAt"] = new() { S = record.CreatedAt },
                [ExpiresAt] = new() { N = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) },
            },
        }, cancellationToken);

    public async Task<DemoRecord?> ReadAsync(string checkId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = new Dictionary<string, AttributeValue> { [CheckId] = new() { S = checkId } },
            ConsistentRead = true,
        }, cancellationToken);
        if (!response.IsItemSet)
        {
            return null;
        }
        var item = response.Item;
        return new DemoRecord(item["productId"].S, item["name"].S, item["category"].S,
            decimal.Parse(item["price"].N, CultureInfo.InvariantCulture), item["currency"].S, item["createdAt"].S);
    }
}

/// <summary>A demo product, written and read back to prove the database path works.</summary>
internal sealed record DemoRecord(string ProductId, string Name, string Category, decimal Price, string Currency, string CreatedAt);
