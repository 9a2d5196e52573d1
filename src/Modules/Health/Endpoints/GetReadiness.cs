using Amazon.DynamoDBv2;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Health.Endpoints;

internal sealed record Readiness(string Status, DateTimeOffset Timestamp, IReadOnlyDictionary<string, string> Checks);

internal static class GetReadiness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Ready when every module's table answers; 503 otherwise.</summary>
    public static async Task<Results<Ok<Readiness>, ProblemHttpResult>> Handle(
        IAmazonDynamoDB dynamoDb, IEnumerable<TableDefinition> tables, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await Task.WhenAll(tables.Select(t => dynamoDb.DescribeTableAsync(t.TableName, timeout.Token)));
            return TypedResults.Ok(new Readiness("ready", clock.GetUtcNow(), new Dictionary<string, string> { ["dynamodb"] = "ok" }));
        }
        catch (Exception e) when (e is AmazonDynamoDBException or OperationCanceledException or Amazon.Runtime.AmazonClientException || DependencyOutage.IsOutage(e))
        {
            loggers.CreateLogger(typeof(GetReadiness)).LogWarning(e, "Readiness check failed: DynamoDB did not answer");
            return ShopProblems.Problem(StatusCodes.Status503ServiceUnavailable, "DynamoDB is unreachable",
                new Dictionary<string, object?> { ["checks"] = new Dictionary<string, string> { ["dynamodb"] = "unreachable" } });
        }
    }
}
