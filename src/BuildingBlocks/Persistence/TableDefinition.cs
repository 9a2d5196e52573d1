using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// A module's table as it must exist. The host creates these against the local emulator; in AWS
/// the CDK stack creates the same tables.
/// </summary>
public sealed record TableDefinition(CreateTableRequest Request, string? TimeToLiveAttribute = null)
{
    public string TableName => Request.TableName;
}

/// <summary>A bucket a module stores objects in; created locally like the tables.</summary>
public sealed record BucketDefinition(string BucketName);
