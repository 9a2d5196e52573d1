using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Api.LocalAws;

/// <summary>Creates every module's table and bucket in the local emulators before the API takes
/// requests. Idempotent: what exists is left alone. In AWS the CDK stack owns these resources.</summary>
internal sealed class LocalAwsResources(
    IAmazonDynamoDB dynamoDb,
    IAmazonS3 s3,
    IEnumerable<TableDefinition> tables,
    IEnumerable<BucketDefinition> buckets,
    ILogger<LocalAwsResources> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            await CreateTableAsync(table, cancellationToken);
        }
        foreach (var bucket in buckets)
        {
            await CreateBucketAsync(bucket.BucketName, cancellationToken);
        }
    }

    private async Task CreateTableAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.CreateTableAsync(table.Request, cancellationToken);
            logger.LogInformation("Created table {Table}", table.TableName);
        }
        catch (ResourceInUseException)
        {
            await AddMissingIndexesAsync(table, cancellationToken);
            return;
        }
        if (table.TimeToLiveAttribute is { } attribute)
        {
            await dynamoDb.UpdateTimeToLiveAsync(new UpdateTimeToLiveRequest
            {
                TableName = table.TableName,
                TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = attribute, Enabled = true },
            }, cancellationToken);
        }
    }

    /// <summary>A table kept from an earlier run (run.sh's .local) gains the indexes added since, one a call
    /// as DynamoDB allows; what it has is left alone, as the stack's deploy does.</summary>
    private async Task AddMissingIndexesAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        var existing = (await dynamoDb.DescribeTableAsync(table.TableName, cancellationToken)).Table.GlobalSecondaryIndexes?.Select(i => i.IndexName).ToHashSet() ?? [];
        foreach (var index in table.Request.GlobalSecondaryIndexes?.Where(i => !existing.Contains(i.IndexName)) ?? [])
        {
            var keys = index.KeySchema.Select(k => k.AttributeName).ToHashSet();
            await dynamoDb.UpdateTableAsync(new UpdateTableRequest
            {
                TableName = table.TableName,
                AttributeDefinitions = table.Request.AttributeDefinitions.Where(d => keys.Contains(d.AttributeName)).ToList(),
                GlobalSecondaryIndexUpdates = [new GlobalSecondaryIndexUpdate
                {
                    Create = new CreateGlobalSecondaryIndexAction { IndexName = index.IndexName, KeySchema = index.KeySchema, Projection = index.Projection },
                }],
            }, cancellationToken);
            logger.LogInformation("Added index {Index} to table {Table}", index.IndexName, table.TableName);
        }
    }

    private async Task CreateBucketAsync(string bucketName, CancellationToken cancellationToken)
    {
        try
        {
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucketName }, cancellationToken);
            logger.LogInformation("Created bucket {Bucket}", bucketName);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists")
        {
        }
        // The admin pages PUT pictures from the browser to pre-signed URLs, so the bucket must answer
        // CORS. Locally any origin (ng serve, the API's own, a test's random port); in AWS the CDK
        // stack admits only the storefront's.
        await s3.PutCORSConfigurationAsync(new PutCORSConfigurationRequest
        {
            BucketName = bucketName,
            Configuration = new CORSConfiguration
            {
                Rules = [new CORSRule { AllowedOrigins = ["*"], AllowedMethods = ["GET", "HEAD", "PUT"], AllowedHeaders = ["*"], ExposeHeaders = ["ETag"] }],
            },
        }, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
