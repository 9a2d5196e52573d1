using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.Identity.Persistence;

internal sealed record ShoppersOptions(string TableName)
{
    public static ShoppersOptions From(IConfiguration configuration) =>
        new(configuration.Setting(ShopSettings.ShoppersTable, "cloudretail-shoppers"));
}

/// <summary>The only code that knows the Shoppers table's attribute names: one profile per Cognito
/// <c>sub</c> holding the e-mail Cognito verified, so checkout needs no call to Cognito.</summary>
internal sealed class ShoppersTable(IAmazonDynamoDB dynamoDb, ShoppersOptions options)
{
    private const string Sub = "sub", Email = "email", UpdatedAt = "updatedAt";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, Sub);

    /// <summary>Adds the shopper's verified e-mail to the caller's batch; null after the read when
    /// there is no profile.</summary>
    public BatchedRead<string?> FindVerifiedEmail(ReadBatch batch, string shopperId) =>
        batch.Add(options.TableName, Key(shopperId), consistentRead: true, item => item?.TextOrNull(Email));

    public async Task SaveVerifiedEmailAsync(string shopperId, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = Attr.Map((Sub, Attr.Text(shopperId)), (Email, Attr.Text(email)), (UpdatedAt, Attr.Timestamp(now))),
        }, cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string shopperId) => Attr.Map((Sub, Attr.Text(shopperId)));
}
