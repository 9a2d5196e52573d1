namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>One set of emulators and one running API for the whole test run. Tests never wipe
/// tables: each makes its own products (and later users) with fresh ids.</summary>
public sealed partial class ShopApi : IAsyncLifetime
{
    private ShopApiFactory? _factory;

    public LocalAwsEmulators Emulators { get; private set; } = null!;

    public ShopApiFactory Factory => _factory ?? throw new InvalidOperationException("Not started");

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
        _factory = new ShopApiFactory(Emulators.Urls, Settings);
        _factory.StartServer();
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await Emulators.DisposeAsync();
    }
}

/// <summary>Every API test class joins this collection and so shares one <see cref="ShopApi"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ShopApiCollection : ICollectionFixture<ShopApi>
{
    public const string Name = "shop api";
}
