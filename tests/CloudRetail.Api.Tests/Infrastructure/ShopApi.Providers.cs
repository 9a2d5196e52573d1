using System.Collections.Concurrent;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>Further hosts on the same emulators, each with its own payment provider settings. They
/// share the user pool, so a customer's token works on every host.</summary>
public sealed partial class ShopApi
{
    public const string WebhookSecret = "test-webhook-secret-0123456789abcdef";

    private readonly ConcurrentDictionary<string, Lazy<ShopApiFactory>> _providerHosts = new();

    /// <summary>Cash on delivery.</summary>
    public ShopApiFactory CodHost => HostWith("cod", new() { ["PAYMENT_PROVIDER"] = "COD" });

    /// <summary>The card simulator delivering its webhooks to this host.</summary>
    public ShopApiFactory CardHost => HostWith("card", new() { ["PAYMENT_PROVIDER"] = "CARD_SIMULATOR", ["PAYMENT_WEBHOOK_SECRET"] = WebhookSecret });

    /// <summary>The card simulator whose webhooks never arrive (a closed port), as after a crash or an outage.</summary>
    public ShopApiFactory UnreachableWebhookHost => HostWith("card-lost-webhooks", new()
    {
        ["PAYMENT_PROVIDER"] = "CARD_SIMULATOR",
        ["PAYMENT_WEBHOOK_SECRET"] = WebhookSecret,
        ["PAYMENT_SIMULATOR_CALLBACK_URL"] = "http://127.0.0.1:9",
    });

    /// <summary>A client of <paramref name="host"/> signed in as <paramref name="signedIn"/> is.</summary>
    public static HttpClient On(ShopApiFactory host, HttpClient signedIn)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = signedIn.DefaultRequestHeaders.Authorization;
        return client;
    }

    private ShopApiFactory HostWith(string name, Dictionary<string, string?> settings) =>
        _providerHosts.GetOrAdd(name, _ => new Lazy<ShopApiFactory>(() =>
        {
            var host = new ShopApiFactory(Emulators.Urls, settings);
            host.StartServer();
            return host;
        })).Value;

    private async Task DisposeProviderHostsAsync()
    {
        foreach (var host in _providerHosts.Values.Where(h => h.IsValueCreated))
        {
            await host.Value.DisposeAsync();
        }
    }
}
