namespace CloudRetail.Testing;

/// <summary>One set of emulators and one running API for the whole test run. Tests never wipe
/// tables: each makes its own products and users with fresh ids.</summary>
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

    /// <summary>"true" fills the shop with the demo catalog, pictures and stock at start-up.</summary>
    public const string DemoDataSetting = Api.DemoData.DemoShop.Setting;

    public async Task InitializeAsync()
    {
        Emulators = await LocalAwsEmulators.StartAsync();
        _factory = ShopApiFactory.Start(Emulators.Urls, (Settings ?? new Dictionary<string, string?>()).Select(s => (s.Key, s.Value)));
        Client = _factory.CreateClient();
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
        await Emulators.DisposeAsync();
    }
}
