using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.Runtime;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>
/// For the bench only (bench/README.md), off unless <see cref="Setting"/> is "true": counts every
/// HTTP call the API makes to AWS (the DynamoDB client's and the Cognito and SES typed clients'),
/// by service and operation, and answers them at <see cref="Path"/>. The stack never sets it.
/// </summary>
public sealed class AwsCallCounter
{
    public const string Setting = "BENCH_COUNT_AWS_CALLS";
    public const string Path = "/internal/bench/aws-calls";

    private readonly ConcurrentDictionary<string, double> _calls = new();

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public void Count(string service, HttpRequestMessage request)
    {
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : null;
        var operation = target is null ? $"{request.Method} {request.RequestUri?.AbsolutePath}" : target[(target.LastIndexOf('.') + 1)..];
        Add($"{service} {operation}", 1);
    }

    /// <summary>Adds to a count that is not a call (DynamoDB's consumed capacity units).</summary>
    public void Add(string what, double amount) => _calls.AddOrUpdate(what, amount, (_, n) => n + amount);

    /// <summary>The counts since the last call, e.g. {"dynamodb GetItem": 3, "CognitoApi GetUser": 1,
    /// "dynamodb-capacity read units": 1.5}.</summary>
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
}

public static class AwsCallCounting
{
    /// <summary>When the setting is on: counts the typed HTTP clients' calls and returns the counter
    /// for the SDK clients to use; otherwise null and nothing is registered.</summary>
    internal static AwsCallCounter? AddAwsCallCounting(this IServiceCollection services, IConfiguration configuration)
    {
        if (!AwsCallCounter.IsOn(configuration))
        {
            return null;
        }
        var counter = new AwsCallCounter();
        services.AddSingleton(counter);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(new CountingFilter(counter));
        services.AddJsonTypes(AwsCallCountsJson.Default);
        return counter;
    }

    /// <summary>Maps the counts endpoint when counting is on.</summary>
    public static IEndpointRouteBuilder MapAwsCallCounts(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<AwsCallCounter>() is { } counter)
        {
            app.MapGet(AwsCallCounter.Path, () => TypedResults.Ok(counter.Take())).ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>An SDK client's HTTP client with the counting handler in front.</summary>
    internal sealed class CountingSdkHttpClients(AwsCallCounter counter, string service) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
            new(new CountingHandler(counter, service) { InnerHandler = new SocketsHttpHandler() });
    }

    /// <summary>Puts the counting handler into every named or typed client, under that client's name.</summary>
    private sealed class CountingFilter(AwsCallCounter counter) : IHttpMessageHandlerBuilderFilter
    {
        public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
        {
            next(builder);
            builder.AdditionalHandlers.Add(new CountingHandler(counter, builder.Name ?? "http"));
        };
    }

    private sealed class CountingHandler(AwsCallCounter counter, string service) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            counter.Count(service, request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>The counts' body, described at build time like the modules' bodies (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(Dictionary<string, double>))]
internal sealed partial class AwsCallCountsJson : JsonSerializerContext;
