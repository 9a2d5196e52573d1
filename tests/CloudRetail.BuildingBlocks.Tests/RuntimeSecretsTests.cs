using CloudRetail.BuildingBlocks.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace CloudRetail.BuildingBlocks.Tests;

/// <summary>Secrets read at run time: once at start, again every refresh interval, so a rotation
/// reaches a running instance; a failed read keeps what it had.</summary>
public sealed class RuntimeSecretsTests
{
    private const string Parameter = "/aws/reference/secretsmanager/cloudretail/test/pagecursor";
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_secret_is_a_setting_from_the_first_read()
    {
        var store = new Store { [Parameter] = "first" };
        using var configuration = Configuration(store, new FakeTimeProvider());

        Assert.Equal("first", configuration[ShopSettings.PageCursorSecret]);
        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public void A_rotated_secret_arrives_after_the_refresh_interval_and_not_before()
    {
        var store = new Store { [Parameter] = "first" };
        var clock = new FakeTimeProvider();
        using var configuration = Configuration(store, clock);
        var reloaded = false;
        ((IConfiguration)configuration).GetReloadToken().RegisterChangeCallback(_ => reloaded = true, null);

        store[Parameter] = "rotated";
        clock.Advance(Refresh - TimeSpan.FromSeconds(1));
        Assert.Equal("first", configuration[ShopSettings.PageCursorSecret]);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("rotated", configuration[ShopSettings.PageCursorSecret]);
        Assert.True(reloaded);
        Assert.Equal(2, store.Reads);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_last_value_and_the_next_one_recovers()
    {
        var store = new Store { [Parameter] = "first" };
        var provider = new RuntimeSecretsProvider(new Dictionary<string, string> { [ShopSettings.PageCursorSecret] = Parameter }, store, Refresh, new FakeTimeProvider());
        provider.Load();

        store.Failing = true;
        await provider.RefreshAsync();
        Assert.True(provider.TryGet(ShopSettings.PageCursorSecret, out var kept));
        Assert.Equal("first", kept);
        Assert.Equal(1, provider.FailedRefreshes);

        (store.Failing, store[Parameter]) = (false, "rotated");
        await provider.RefreshAsync();
        Assert.True(provider.TryGet(ShopSettings.PageCursorSecret, out var fresh));
        Assert.Equal("rotated", fresh);
        Assert.Equal(0, provider.FailedRefreshes);
    }

    [Fact]
    public void A_start_that_cannot_read_its_secrets_fails()
    {
        var store = new Store { Failing = true };

        Assert.Throws<InvalidOperationException>(() => Configuration(store, new FakeTimeProvider()));
    }

    [Fact]
    public void Without_secret_parameters_the_secrets_stay_plain_settings()
    {
        var configuration = new ConfigurationManager();
        configuration[ShopSettings.PageCursorSecret] = "plain";
        var store = new Store();

        configuration.AddRuntimeSecrets(store);

        Assert.Equal("plain", configuration[ShopSettings.PageCursorSecret]);
        Assert.Equal(0, store.Reads);
    }

    [Theory]
    [InlineData("PAGE_CURSOR_SECRET")]
    [InlineData("=/x")]
    [InlineData("PAGE_CURSOR_SECRET=")]
    public void A_malformed_mapping_stops_the_start(string mapping) =>
        Assert.Throws<InvalidOperationException>(() => RuntimeSecretsProvider.Parse(mapping));

    [Fact]
    public void The_mapping_names_each_setting_and_its_parameter() =>
        Assert.Equal(
            new Dictionary<string, string> { ["PAGE_CURSOR_SECRET"] = "/a/b", ["SCHEDULER_SECRET"] = "/c=d" },
            RuntimeSecretsProvider.Parse("PAGE_CURSOR_SECRET=/a/b, SCHEDULER_SECRET=/c=d"));

    private static ConfigurationManager Configuration(Store store, FakeTimeProvider clock)
    {
        var configuration = new ConfigurationManager();
        ((IConfigurationBuilder)configuration).Add(new ProviderSource(new RuntimeSecretsProvider(
            new Dictionary<string, string> { [ShopSettings.PageCursorSecret] = Parameter }, store, Refresh, clock)));
        return configuration;
    }

    private sealed class ProviderSource(IConfigurationProvider provider) : IConfigurationSource
    {
        public IConfigurationProvider Build(IConfigurationBuilder builder) => provider;
    }

    private sealed class Store : Dictionary<string, string>, ISecretParameters
    {
        public bool Failing { get; set; }

        public int Reads { get; private set; }

        public Task<IReadOnlyDictionary<string, string>> ReadAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
        {
            Reads++;
            return Failing
                ? Task.FromException<IReadOnlyDictionary<string, string>>(new InvalidOperationException("SSM unreachable"))
                : Task.FromResult<IReadOnlyDictionary<string, string>>(names.ToDictionary(n => n, n => this[n]));
        }
    }
}
