using System.Net.Http.Json;

namespace CloudRetail.Bench;

/// <summary>Reads the API's own count of its AWS calls (BENCH_COUNT_AWS_CALLS, see
/// src/BuildingBlocks/Aws/AwsCallCounting.cs): "dynamodb GetItem", "CognitoApi GetUser", ...</summary>
internal sealed class AwsCalls(string apiUrl)
{
    public const string Setting = "BENCH_COUNT_AWS_CALLS";
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    /// <summary>The calls since the last take, and DynamoDB's consumed capacity units
    /// ("dynamodb-capacity read units", "dynamodb-capacity write units").</summary>
    public async Task<Dictionary<string, double>> TakeAsync() =>
        await Http.GetFromJsonAsync<Dictionary<string, double>>(apiUrl + "/internal/bench/aws-calls") ?? [];
}
