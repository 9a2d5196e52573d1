using System.Collections.Concurrent;

namespace CloudRetail.Testing;

/// <summary>Hosts kept for the whole run, each with its own payment provider settings, started on
/// first use. They share the user pool, so a customer's token works on every host.</summary>
public sealed partial class ShopApi
{
    public const string WebhookSecret = "test-webhook-secret-0123456789abcdef";

    private readonly ConcurrentDictionary<string, Lazy<ShopApiFactory>> _providerHosts = new();

    /// <summary>Cash on delivery.</summary>
    public ShopApiFactory CodHost => SharedHost("cod", (ShopSettings.PaymentProvider, "COD"));

    /// <summary>The card simulator delivering its webhooks to this host.</summary>
    public ShopApiFactory CardHost => SharedHost("card", (ShopSettings.PaymentProvider, "CARD_SIMULATOR"), (ShopSettings.PaymentWebhookSecret, WebhookSecret));

    /// <summary>The card simulator whose webhooks never arrive (a closed port), as after a crash or an outage.</summary>
    public ShopApiFactory UnreachableWebhookHost => SharedHost("card-lost-webhooks",
        (ShopSettings.PaymentProvider, "CARD_SIMULATOR"),
        (ShopSettings.PaymentWebhookSecret, WebhookSecret),
        (ShopSettings.PaymentSimulatorCallbackUrl, "http://127.0.0.1:9"));

    private ShopApiFactory SharedHost(string name, params (string Setting, string? Value)[] settings) =>
        _providerHosts.GetOrAdd(name, _ => new Lazy<ShopApiFactory>(() => StartHost(settings))).Value;

    private async Task DisposeProviderHostsAsync()
    {
        foreach (var host in _providerHosts.Values.Where(h => h.IsValueCreated))
        {
            await host.Value.DisposeAsync();
        }
    }
}
