using System.Collections.Concurrent;
using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>
/// Counts the AWS calls of an API instance from outside it: the instance is pointed at this proxy
/// instead of the DynamoDB and SES emulators, and every request passes through to the real one,
/// counted by service and operation ("dynamodb GetItem", "ses POST /v2/email/outbound-emails").
/// Nothing in the API knows it is counted, so any build, the baseline included, is counted the same
/// way. Cognito is reached directly: the API takes its token issuer from the Cognito URL, and
/// cognito-local signs tokens for its own address, so a proxy there would make every token invalid.
/// </summary>
internal sealed class AwsCalls : IAsyncDisposable
{
    private static readonly HttpClient Upstream = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });

    private readonly ConcurrentDictionary<string, int> _calls = new();
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

    /// <summary>The calls since the last take.</summary>
    public Dictionary<string, int> Take()
    {
        var taken = new Dictionary<string, int>();
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
        _calls.AddOrUpdate($"{upstream.Service} {operation}", 1, (_, n) => n + 1);

        using var forwarded = new HttpRequestMessage(new HttpMethod(request.Method), upstream.Target.TrimEnd('/') + request.Path + request.QueryString);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        forwarded.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in request.Headers)
        {
            // The signature covers the Host the client signed for, so it goes on unchanged.
            if (!forwarded.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forwarded.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        using var answer = await Upstream.SendAsync(forwarded, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _proxy.StopAsync();
        await _proxy.DisposeAsync();
    }
}
