using System.Net.Http.Json;

namespace CloudRetail.Bench;

/// <summary>Reads the API's own count of its AWS calls (BENCH_COUNT_AWS_CALLS, see
/// src/BuildingBlocks/Aws/AwsCallCounting.cs): "dynamodb GetItem", "CognitoApi GetUser", ...</summary>
internal sealed class AwsCalls(string apiUrl)
{
    public const string Setting = "BENCH_COUNT_AWS_CALLS";
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false });

    /// <summary>The calls since the last take.</summary>
    public async Task<Dictionary<string, int>> TakeAsync() =>
        await Http.GetFromJsonAsync<Dictionary<string, int>>(apiUrl + "/internal/bench/aws-calls") ?? [];
}
