using System.Net;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Api.Tests.Security;

/// <summary>The sweep's route runs only for the scheduler: on Lambda, an invocation the Web Adapter
/// forwards (its request carries no API Gateway request context); anywhere, a caller presenting the
/// scheduler's secret in the header.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class ScheduledJobTests(ShopApi shop) : IAsyncLifetime
{
    private const string Sweep = ShopPaths.ScheduledSweep;
    private const string ScheduledEvent = """{"source":"aws.events","detail-type":"Scheduled Event","detail":{}}""";
    private const string HttpRequestContext = """{"requestId":"Abc123=","http":{"method":"POST","path":"/internal/scheduled/expire-reservations"}}""";
    private readonly string _secret = $"secret-{Guid.NewGuid():N}";
    private ShopApiFactory _withSecret = null!;
    private ShopApiFactory _onLambda = null!;

    public Task InitializeAsync()
    {
        _withSecret = shop.StartHost((ShopSettings.SchedulerSecret, _secret));
        _onLambda = shop.StartHost((ShopSettings.LambdaFunctionName, "cloudretail-test-Api"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _withSecret.DisposeAsync();
        await _onLambda.DisposeAsync();
    }

    [Fact]
    public async Task On_lambda_the_schedules_invocation_runs_the_sweep_without_a_secret()
    {
        using var client = _onLambda.CreateClient();

        var response = await client.SendAsync(Forwarded(requestContext: "null"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(HttpRequestContext)]
    [InlineData(null)]
    public async Task On_lambda_a_request_from_api_gateway_or_without_the_adapters_mark_is_refused(string? requestContext)
    {
        using var client = _onLambda.CreateClient();

        await (await client.SendAsync(Forwarded(requestContext))).ProblemAsync(403, ScheduledJobFilter.Refused);
    }

    [Fact]
    public async Task Off_lambda_the_adapters_mark_proves_nothing()
    {
        using var client = _withSecret.CreateClient();

        await (await client.SendAsync(Forwarded(requestContext: "null"))).ProblemAsync(403, ScheduledJobFilter.Refused);
    }

    [Fact]
    public async Task The_secret_in_the_header_runs_the_sweep()
    {
        using var client = _withSecret.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Sweep) { Headers = { { ScheduledJobFilter.SecretHeader, _secret } } };

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    public async Task Without_the_secret_the_sweep_is_refused(string? header)
    {
        using var client = _withSecret.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Sweep) { Content = new StringContent(ScheduledEvent, System.Text.Encoding.UTF8, "application/json") };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation(ScheduledJobFilter.SecretHeader, header);
        }

        await (await client.SendAsync(request)).ProblemAsync(403, ScheduledJobFilter.Refused);
    }

    [Fact]
    public async Task A_host_without_a_configured_secret_refuses_every_call()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Sweep) { Headers = { { ScheduledJobFilter.SecretHeader, "" } } };

        await (await shop.Client.SendAsync(request)).ProblemAsync(403, ScheduledJobFilter.Refused);
    }

    /// <summary>The sweep's request as the adapter sends it: the rule's event as the body, and its request context stamped on.</summary>
    private static HttpRequestMessage Forwarded(string? requestContext)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Sweep) { Content = new StringContent(ScheduledEvent, System.Text.Encoding.UTF8, "application/json") };
        if (requestContext is not null)
        {
            request.Headers.TryAddWithoutValidation(ScheduledJobFilter.AdapterRequestContext, requestContext);
        }
        return request;
    }
}
