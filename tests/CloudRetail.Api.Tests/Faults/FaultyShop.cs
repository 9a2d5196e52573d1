using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Faults;

/// <summary>A second host on the run's emulators whose way to one of them passes through a
/// <see cref="FaultProxy"/>. It shares the tables and the user pool, so the main host's users,
/// products and admin work on it, and the main host can inspect what it wrote.</summary>
public sealed class FaultyShop : IAsyncDisposable
{
    private readonly ShopApiFactory _factory;

    private FaultyShop(ShopApiFactory factory, FaultProxy proxy)
    {
        _factory = factory;
        Proxy = proxy;
    }

    public FaultProxy Proxy { get; }

    public IServiceProvider Services => _factory.Services;

    public static FaultyShop Start(ShopApi shop, string setting)
    {
        var urls = shop.Emulators.Urls;
        var target = setting switch
        {
            "LocalAws:DynamoDbUrl" => urls.DynamoDb,
            "LocalAws:CognitoUrl" => urls.Cognito,
            "LocalAws:SesUrl" => urls.Ses,
            "LocalAws:S3Url" => urls.S3,
            _ => throw new ArgumentOutOfRangeException(nameof(setting)),
        };
        var proxy = new FaultProxy(target);
        var factory = new ShopApiFactory(urls, new Dictionary<string, string?> { [setting] = proxy.Url });
        factory.StartServer();
        return new FaultyShop(factory, proxy);
    }

    public HttpClient Client(string? accessToken = null)
    {
        var client = _factory.CreateClient();
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }
        return client;
    }

    /// <summary>Calls until the answer has <paramref name="status"/>; how long that took.</summary>
    public static async Task<TimeSpan> TimeUntilAsync(Func<Task<HttpResponseMessage>> call, int status, TimeSpan? limit = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = "nothing";
        while (clock.Elapsed < (limit ?? TimeSpan.FromSeconds(30)))
        {
            using var response = await call();
            if ((int)response.StatusCode == status)
            {
                return clock.Elapsed;
            }
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            await Task.Delay(100);
        }
        throw new TimeoutException($"No {status} within {limit ?? TimeSpan.FromSeconds(30)}; last answer: {last}");
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await Proxy.DisposeAsync();
    }
}
