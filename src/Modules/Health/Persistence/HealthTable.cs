using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Health.Persistence;

/// <summary>A scratch table for the database round trip, so that check never touches shop data.
/// Its records expire by themselves (DynamoDB TTL).</summary>
internal sealed class HealthTable(IAmazonDynamoDB dynamoDb, HealthOptions options)
{
    private const string CheckId = "checkId", ExpiresAt = "expiresAt", ProductId = "productId", Name = "name", Category = "category";
    private const string Price = "price", Currency = "currency", CreatedAt = "createdAt";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, CheckId, timeToLive: ExpiresAt);

    public async Task WriteAsync(string checkId, DemoRecord record, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = Attr.Map((CheckId, Attr.Text(checkId)), (ProductId, Attr.Text(record.ProductId)), (Name, Attr.Text(record.Name)),
                (Category, Attr.Text(record.Category)), (Price, Attr.Number(record.Price)), (Currency, Attr.Text(record.Currency)),
                (CreatedAt, Attr.Text(record.CreatedAt)), (ExpiresAt, Attr.Epoch(expiresAt))),
        }, cancellationToken);

    public async Task<DemoRecord?> ReadAsync(string checkId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Attr.Map((CheckId, Attr.Text(checkId))), consistentRead: true, cancellationToken) is { } item
            ? new DemoRecord(item.Text(ProductId), item.Text(Name), item.Text(Category), item.Amount(Price), item.Text(Currency), item.Text(CreatedAt))
            : null;
}

/// <summary>A demo product, written and read back to prove the database path works.</summary>
internal sealed record DemoRecord(string ProductId, string Name, string Category, decimal Price, string Currency, string CreatedAt);
