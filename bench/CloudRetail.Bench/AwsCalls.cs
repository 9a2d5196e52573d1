using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>
/// Counts the AWS calls of an API instance from outside it: the instance is pointed at this proxy
/// instead of the DynamoDB and SES emulators, and every request passes through to the real one,
/// counted by service and operation ("dynamodb GetItem", "ses POST /v2/email/outbound-emails").
/// Nothing in the API knows it is counted, so any build, the baseline included, is counted the same
/// way. It also asks DynamoDB for the capacity each call consumes (ReturnConsumedCapacity TOTAL,
/// added to the request body: DynamoDB Local does not check the signature's payload hash) and adds
/// up the read and write capacity units that an order's cost is billed by. Cognito is reached directly: the API takes its token issuer from the Cognito URL, and
/// cognito-local signs tokens for its own address, so a proxy there would make every token invalid.
/// </summary>
internal sealed class AwsCalls : IAsyncDisposable
{
    public const string ReadUnits = "dynamodb-capacity read units";
    public const string WriteUnits = "dynamodb-capacity write units";

    private static readonly HashSet<string> Reads = ["GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems"];
    private static readonly HashSet<string> Writes = ["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"];

    private readonly ConcurrentDictionary<string, double> _calls = new();
    private readonly WebApplication _proxy;

    private AwsCalls(WebApplication proxy, LocalAwsEmulators.Endpoints urls)
    {
        _proxy = proxy;
        Urls = urls;
    }

    /// <summary>The emulators as the counted API instance must reach them: through this proxy.</summary>
    public LocalAwsEmulators.Endpoints Urls { get; }

    public static async Task<AwsCalls> StartAsync(LocalAwsEmulators.Endpoints emulators)
    {
        var ports = new Dictionary<int, (string Service, string Target)>
        {
            [FreePorts.Next()] = ("dynamodb", emulators.DynamoDb),
            [FreePorts.Next()] = ("ses", emulators.Ses),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        foreach (var port in ports.Keys)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        }
        var proxy = builder.Build();
        AwsCalls? calls = null;
        proxy.Run(context => calls!.ForwardAsync(context, ports[context.Connection.LocalPort]));
        var byService = ports.ToDictionary(p => p.Value.Service, p => $"http://127.0.0.1:{p.Key}");
        calls = new AwsCalls(proxy, emulators with { DynamoDb = byService["dynamodb"], Ses = byService["ses"] });
        await proxy.StartAsync();
        return calls;
    }

    /// <summary>The calls since the last take, and the capacity units (<see cref="ReadUnits"/>, <see cref="WriteUnits"/>).</summary>
    public Dictionary<string, double> Take()
    {
        var taken = new Dictionary<string, double>();
        foreach (var key in _calls.Keys)
        {
            if (_calls.TryRemove(key, out var count))
            {
                taken[key] = count;
            }
        }
        return taken;
    }

    private async Task ForwardAsync(HttpContext context, (string Service, string Target) upstream)
    {
        var request = context.Request;
        var target = request.Headers["X-Amz-Target"].ToString();
        var operation = target.Length > 0 ? target[(target.LastIndexOf('.') + 1)..] : $"{request.Method} {request.Path}";
        Add($"{upstream.Service} {operation}", 1);
        var capacity = Reads.Contains(operation) ? ReadUnits : Writes.Contains(operation) ? WriteUnits : null;

        var body = await Forwarded.BodyOfAsync(request, context.RequestAborted);
        var answer = await Forwarded.SendAsync(request, capacity is null ? body : AskForCapacity(body), upstream.Target, context.RequestAborted);
        if (capacity is not null && answer.IsSuccess)
        {
            Add(capacity, ConsumedUnits(answer.Body));
        }
        await answer.WriteToAsync(context.Response, context.RequestAborted);
    }

    private void Add(string what, double amount) => _calls.AddOrUpdate(what, amount, (_, n) => n + amount);

    private static byte[] AskForCapacity(byte[] body)
    {
        var request = JsonNode.Parse(body)!.AsObject();
        request["ReturnConsumedCapacity"] = "TOTAL";
        return System.Text.Encoding.UTF8.GetBytes(request.ToJsonString());
    }

    /// <summary>The "ConsumedCapacity" of an answer: one table's, or a list for batches and transactions.</summary>
    private static double ConsumedUnits(byte[] answer) => JsonNode.Parse(answer)?["ConsumedCapacity"] switch
    {
        JsonArray tables => tables.Sum(t => (double?)t?["CapacityUnits"] ?? 0),
        JsonObject table => (double?)table["CapacityUnits"] ?? 0,
        _ => 0,
    };

    public async ValueTask DisposeAsync()
    {
        await _proxy.StopAsync();
        await _proxy.DisposeAsync();
    }
}
