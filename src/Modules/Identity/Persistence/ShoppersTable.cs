using System.Globalization;
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
    private const string Sub = "sub";
    private const string Email = "email";
    private const string UpdatedAt = "updatedAt";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(Sub, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(Sub, ScalarAttributeType.S)],
    });

    /// <summary>Adds the shopper's verified e-mail to the caller's batch; null after the read when
    /// there is no profile.</summary>
    public BatchedRead<string?> FindVerifiedEmail(ReadBatch batch, string shopperId) =>
        batch.Add(options.TableName, Key(shopperId), consistentRead: true, item => item?.GetValueOrDefault(Email)?.S);

    public async Task SaveVerifiedEmailAsync(string shopperId, string email, DateTimeOffset now, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = new Dictionary<string, AttributeValue>
            {
                [Sub] = new() { S = shopperId },
                [Email] = new() { S = email },
                [UpdatedAt] = new() { S = now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) },
            },
        }, cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string shopperId) => new() { [Sub] = new() { S = shopperId } };
}
