using System.Net;
using System.Net.Http.Json;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Http;

namespace CloudRetail.Api.Tests.Security;

/// <summary>The sweep's route runs only for a caller with the scheduler's secret, in the event body
/// (as the Lambda Web Adapter forwards the scheduled rule's event) or the header.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SchedulerSecretTests(ShopApi shop) : IAsyncLifetime
{
    private const string Sweep = ShopPaths.ScheduledSweep;
    private readonly string _secret = $"secret-{Guid.NewGuid():N}";
    private ShopApiFactory _withSecret = null!;

    public Task InitializeAsync()
    {
        _withSecret = shop.StartHost((ShopSettings.SchedulerSecret, _secret));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _withSecret.DisposeAsync();

    [Fact]
    public async Task The_event_with_the_secret_runs_the_sweep()
    {
        using var client = _withSecret.CreateClient();

        var byEvent = await client.PostAsJsonAsync(Sweep, new Dictionary<string, string> { [SchedulerSecretFilter.EventField] = _secret, ["source"] = "aws.events" });
        using var byHeader = new HttpRequestMessage(HttpMethod.Post, Sweep) { Headers = { { SchedulerSecretFilter.Header, _secret } } };

        Assert.Equal(HttpStatusCode.OK, byEvent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(byHeader)).StatusCode);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("{}", null)]
    [InlineData("{\"schedulerSecret\": \"wrong\"}", null)]
    [InlineData("{\"schedulerSecret\": 42}", null)]
    [InlineData("[1,2]", null)]
    [InlineData("not json", null)]
    [InlineData(null, "wrong")]
    public async Task Without_the_secret_the_sweep_is_refused(string? body, string? header)
    {
        using var client = _withSecret.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Sweep);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }
        if (header is not null)
        {
            request.Headers.Add(SchedulerSecretFilter.Header, header);
        }

        await (await client.SendAsync(request)).ProblemAsync(403, SchedulerSecretFilter.Refused);
    }

    [Fact]
    public async Task A_host_without_a_configured_secret_refuses_every_call()
    {
        var response = await shop.Client.PostAsJsonAsync(Sweep, new Dictionary<string, string> { [SchedulerSecretFilter.EventField] = "" });

        await response.ProblemAsync(403, SchedulerSecretFilter.Refused);
    }
}
