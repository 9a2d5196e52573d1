using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Testing;

/// <summary>One set of emulators and one running API for the whole test run. Tests never wipe
/// tables: each makes its own products and users with fresh ids. The API is the app in the test
/// process, or the published binary when <see cref="PublishedShopApi.Variable"/> names one.</summary>
public sealed partial class ShopApi : IAsyncLifetime
{
    private ShopApiFactory? _factory;
    private PublishedShopApi? _published;
    private IAmazonDynamoDB? _directDynamoDb;

    public LocalAwsEmulators Emulators { get; private set; } = null!;

    public ShopApiFactory Factory => _factory ?? throw new InvalidOperationException(_published is null
        ? "Not started"
        : $"This test needs the in-process host, but {PublishedShopApi.Variable} runs the published binary: mark it [Trait(\"{ShippedBinary.Host}\", \"{ShippedBinary.InProcessOnly}\")]");

    /// <summary>The API under test, whichever host runs it.</summary>
    public IShopHost Host => (IShopHost?)_published ?? Factory;

    /// <summary>A new anonymous client of the API under test.</summary>
    public HttpClient CreateClient() => Host.CreateClient();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => Factory.Services;

    public MovableClock Clock => Factory.Clock;

    /// <summary>The emulator's DynamoDB as the API sees it: through the in-process host's counted
    /// client when there is one, directly when the published binary runs.</summary>
    public IAmazonDynamoDB DynamoDb => _published is null
        ? Services.GetRequiredService<IAmazonDynamoDB>()
        : LazyInitializer.EnsureInitialized(ref _directDynamoDb, () => new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = Emulators.Urls.DynamoDb, AuthenticationRegion = "us-east-1" }));

    /// <summary>Settings over the test defaults, for a run that needs the host configured otherwise
    /// (the web tests serve the built storefront and load the demo shop).</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    public CountingDynamoDb DynamoDbCalls => Factory.DynamoDbCalls;

    /// <summary>"true" fills the shop with the demo catalog, pictures and stock at start-up.</summary>
    public const string DemoDataSetting = Api.DemoData.DemoShop.Setting;

    public async Task InitializeAsync()
    {
        Emulators = await LocalAwsEmulators.StartAsync();
        var settings = (Settings ?? new Dictionary<string, string?>()).Select(s => (s.Key, s.Value)).ToList();
        if (PublishedShopApi.Binary is { } binary)
        {
            _published = await PublishedShopApi.StartAsync(binary, ShopApiFactory.Settings(Emulators.Urls, settings));
        }
        else
        {
            _factory = ShopApiFactory.Start(Emulators.Urls, settings);
        }
        Client = Host.CreateClient();
    }

    /// <summary>Another host on this run's emulators (same tables, same user pool, so this run's
    /// users and products work on it) with <paramref name="settings"/> over the test defaults.
    /// The caller disposes it.</summary>
    public ShopApiFactory StartHost(params (string Setting, string? Value)[] settings) =>
        ShopApiFactory.Start(Emulators.Urls, settings);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await DisposeProviderHostsAsync();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_published is not null)
        {
            await _published.DisposeAsync();
        }
        _directDynamoDb?.Dispose();
        await Emulators.DisposeAsync();
    }
}
