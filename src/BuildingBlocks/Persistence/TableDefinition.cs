using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// A module's table as it must exist. The host creates these against the local emulator; in AWS
/// the CDK stack creates the same tables.
/// </summary>
public sealed record TableDefinition(CreateTableRequest Request, string? TimeToLiveAttribute = null)
{
    public string TableName => Request.TableName;

    /// <summary>An on-demand table keyed by text attributes (every key of the shop is text), with
    /// global secondary indexes that project everything.</summary>
    public static TableDefinition Keyed(string tableName, string partitionKey, string? sortKey = null, string? timeToLive = null) =>
        new(new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            KeySchema = KeySchema(partitionKey, sortKey),
            AttributeDefinitions = [.. new[] { partitionKey, sortKey }.OfType<string>().Select(a => new AttributeDefinition(a, ScalarAttributeType.S))],
        }, timeToLive);

    public TableDefinition WithIndex(string indexName, string partitionKey, string? sortKey = null)
    {
        Request.GlobalSecondaryIndexes ??= [];
        Request.GlobalSecondaryIndexes.Add(new GlobalSecondaryIndex
        {
            IndexName = indexName,
            KeySchema = KeySchema(partitionKey, sortKey),
            Projection = new Projection { ProjectionType = ProjectionType.ALL },
        });
        foreach (var attribute in new[] { partitionKey, sortKey }.OfType<string>().Where(a => Request.AttributeDefinitions.All(d => d.AttributeName != a)))
        {
            Request.AttributeDefinitions.Add(new AttributeDefinition(attribute, ScalarAttributeType.S));
        }
        return this;
    }

    private static List<KeySchemaElement> KeySchema(string partitionKey, string? sortKey) =>
        sortKey is null
            ? [new KeySchemaElement(partitionKey, KeyType.HASH)]
            : [new KeySchemaElement(partitionKey, KeyType.HASH), new KeySchemaElement(sortKey, KeyType.RANGE)];
}

/// <summary>A bucket a module stores objects in; created locally like the tables.</summary>
public sealed record BucketDefinition(string BucketName);
