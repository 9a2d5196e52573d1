using CloudRetail.BuildingBlocks.Aws;
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
            LocalAwsOptions.DynamoDbUrlSetting => urls.DynamoDb,
            LocalAwsOptions.CognitoUrlSetting => urls.Cognito,
            LocalAwsOptions.SesUrlSetting => urls.Ses,
            LocalAwsOptions.S3UrlSetting => urls.S3,
            _ => throw new ArgumentOutOfRangeException(nameof(setting)),
        };
        var proxy = new FaultProxy(target);
        return new FaultyShop(shop.StartHost((setting, proxy.Url)), proxy);
    }

    public HttpClient Client(string? accessToken = null) =>
        accessToken is null ? _factory.CreateClient() : _factory.CreateClient(accessToken);

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
