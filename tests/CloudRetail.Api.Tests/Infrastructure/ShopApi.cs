using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>One set of emulators and one running API for the whole test run. Tests never wipe
/// tables: each makes its own products (and later users) with fresh ids.</summary>
public sealed partial class ShopApi : IAsyncLifetime
{
    private ShopApiFactory? _factory;
    private PublishedShopApi? _published;

    public LocalAwsEmulators Emulators { get; private set; } = null!;

    public ShopApiFactory Factory => _factory ?? throw new InvalidOperationException(_published is null
        ? "Not started"
        : $"This test needs the in-process host, but {PublishedShopApi.Variable} runs the published binary: mark it [Trait(\"{ShippedBinary.Host}\", \"{ShippedBinary.InProcessOnly}\")]");

    /// <summary>The published binary under test, when <see cref="PublishedShopApi.Variable"/> names one.</summary>
    public PublishedShopApi? Published => _published;

    /// <summary>A new anonymous client of the API under test, whichever host runs it.</summary>
    public HttpClient CreateClient() => _published?.CreateClient() ?? Factory.CreateClient();

    /// <summary>The emulator's DynamoDB, as the API sees it (through the in-process host's counted client when there is one).</summary>
    public IAmazonDynamoDB DynamoDb => _published is null
        ? Services.GetRequiredService<IAmazonDynamoDB>()
        : LazyInitializer.EnsureInitialized(ref _directDynamoDb, () => new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = Emulators.Urls.DynamoDb, AuthenticationRegion = "us-east-1" }));

    private IAmazonDynamoDB? _directDynamoDb;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => Factory.Services;

    public MovableClock Clock => Factory.Clock;

    /// <summary>Settings over the test defaults, for a run that needs the host configured otherwise
    /// (the web tests serve the built storefront and load the demo shop).</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    public CountingDynamoDb DynamoDbCalls => Factory.DynamoDbCalls;

    public async Task InitializeAsync()
    {
        Emulators = await LocalAwsEmulators.StartAsync();
        if (PublishedShopApi.Binary is { } binary)
        {
            _published = await PublishedShopApi.StartAsync(binary, ShopApiFactory.Settings(Emulators.Urls, Settings));
            Client = _published.CreateClient();
            return;
        }
        _factory = new ShopApiFactory(Emulators.Urls, Settings);
        _factory.StartServer();
        Client = _factory.CreateClient();
    }

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

/// <summary>Every API test class joins this collection and so shares one <see cref="ShopApi"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ShopApiCollection : ICollectionFixture<ShopApi>
{
    public const string Name = "shop api";
}
