using System.Collections.Concurrent;
using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>
/// A DynamoDB whose reads cost next to nothing: the first GetItem of each distinct body goes to
/// DynamoDB Local and its answer is kept; the same GetItem again gets the kept answer, byte for byte
/// (its CRC header included). Anything else passes through unrecorded. Steady reads of one unchanging
/// product on DynamoDB Local measure the emulator, a Java process on the same two cores that every
/// build waits for; against this store they measure what a build itself spends on a read.
/// </summary>
internal sealed class RecordedReads : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Forwarded> _answers = new();
    private readonly WebApplication _store;

    private RecordedReads(WebApplication store, string url)
    {
        _store = store;
        Url = url;
    }

    /// <summary>The DynamoDB endpoint the apps under test are pointed at.</summary>
    public string Url { get; }

    public static async Task<RecordedReads> StartAsync(string dynamoDb)
    {
        var port = FreePorts.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        var app = builder.Build();
        var store = new RecordedReads(app, $"http://127.0.0.1:{port}");
        app.Run(context => store.AnswerAsync(context, dynamoDb));
        await app.StartAsync();
        return store;
    }

    private async Task AnswerAsync(HttpContext context, string dynamoDb)
    {
        var request = context.Request;
        var body = await Forwarded.BodyOfAsync(request, context.RequestAborted);
        if (!request.Headers["X-Amz-Target"].ToString().EndsWith(".GetItem", StringComparison.Ordinal))
        {
            await (await Forwarded.SendAsync(request, body, dynamoDb, context.RequestAborted)).WriteToAsync(context.Response, context.RequestAborted);
            return;
        }
        var key = System.Text.Encoding.UTF8.GetString(body);
        if (!_answers.TryGetValue(key, out var answer))
        {
            answer = await Forwarded.SendAsync(request, body, dynamoDb, context.RequestAborted);
            if (answer.IsSuccess)
            {
                _answers[key] = answer;
            }
        }
        await answer.WriteToAsync(context.Response, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.StopAsync();
        await _store.DisposeAsync();
    }
}
