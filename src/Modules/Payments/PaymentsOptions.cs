using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Payments.Domain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CloudRetail.Payments;

/// <param name="Provider">Who takes the money (PAYMENT_PROVIDER).</param>
/// <param name="WebhookSecret">Shared secret of the webhook signature; required for CARD_SIMULATOR.</param>
/// <param name="StalledAfter">How old a PROCESSING attempt must be before the sweep settles it instead of its own request.</param>
/// <param name="SimulatorCallbackUrl">Where the card simulator delivers webhooks; null for the app's own address.</param>
/// <param name="RefundPendingAfter">How old a PENDING refund must be before the sweep finishes it instead of its own request.</param>
/// <param name="CardSimulatorTableName">The card simulator's books (CARD_SIMULATOR_TABLE).</param>
internal sealed record PaymentsOptions(
    string TableName, string RefundsTableName, PaymentProviderKind Provider, string? WebhookSecret, TimeSpan WebhookTolerance, TimeSpan StalledAfter, Uri? SimulatorCallbackUrl,
    TimeSpan RefundPendingAfter, string CardSimulatorTableName)
{
    /// <summary>How long a webhook's replay marker outlives the signature window: past the window a
    /// replay is refused by its stale signature, so the marker may then expire (DynamoDB TTL).</summary>
    public static readonly TimeSpan ReplayMarkerMargin = TimeSpan.FromHours(1);

    /// <summary>When a replay marker taken at <paramref name="now"/> may expire.</summary>
    public DateTimeOffset ReplayMarkerExpiry(DateTimeOffset now) => now + WebhookTolerance + ReplayMarkerMargin;

    public const string AllowMockKey = ShopSettings.PaymentAllowMock;
    public const string SimulatorCallbackUrlKey = ShopSettings.PaymentSimulatorCallbackUrl;

    public static PaymentsOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ChooseProvider(configuration, environment);
        var secret = configuration[ShopSettings.PaymentWebhookSecret] is { Length: > 0 } value ? value : null;
        if (provider == PaymentProviderKind.CardSimulator && secret is not { Length: >= 16 })
        {
            throw new InvalidOperationException(
                $"{ShopSettings.PaymentProvider}=CARD_SIMULATOR needs {ShopSettings.PaymentWebhookSecret} (at least 16 characters) to sign and verify webhooks.");
        }
        return new PaymentsOptions(
            configuration.Setting(ShopSettings.PaymentsTable, "cloudretail-payments"),
            configuration.Setting(ShopSettings.RefundsTable, "cloudretail-refunds"),
            provider,
            secret,
            TimeSpan.FromMinutes(5),
            TimeSpan.FromMinutes(2),
            configuration[SimulatorCallbackUrlKey] is { Length: > 0 } url ? new Uri(url) : null,
            TimeSpan.FromMinutes(2),
            configuration.Setting(ShopSettings.CardSimulatorTable, "cloudretail-card-simulator"));
    }

    /// <summary>MOCK lets the client decide that it paid, and the card simulator confirms any order paid
    /// with the public test card, so Production refuses both unless told plainly.</summary>
    private static PaymentProviderKind ChooseProvider(IConfiguration configuration, IHostEnvironment environment)
    {
        var name = configuration[ShopSettings.PaymentProvider];
        var provider = string.IsNullOrEmpty(name)
            ? environment.IsProduction() ? PaymentProviderKind.Cod : PaymentProviderKind.Mock
            : UpperCaseNames.TryParse<PaymentProviderKind>(name, out var named) ? named
            : throw new InvalidOperationException(
                $"{ShopSettings.PaymentProvider} must be {UpperCaseNames.Choices<PaymentProviderKind>()}, not '{name}'.");
        if (provider == PaymentProviderKind.Mock && environment.IsProduction() && !configuration.GetValue<bool>(AllowMockKey))
        {
            throw new InvalidOperationException(
                $"{ShopSettings.PaymentProvider}=MOCK lets every client confirm its own order without paying, so it does not run in Production. " +
                $"Use COD or CARD_SIMULATOR, or set {AllowMockKey}=true if this really is a demo.");
        }
        if (provider == PaymentProviderKind.CardSimulator && environment.IsProduction() && !configuration.GetValue<bool>(ShopSettings.PaymentAllowSimulator))
        {
            throw new InvalidOperationException(
                $"{ShopSettings.PaymentProvider}=CARD_SIMULATOR confirms any order paid with the public test card 4242 4242 4242 4242, " +
                $"so it does not run in Production. Use COD, or set {ShopSettings.PaymentAllowSimulator}=true on a test stage.");
        }
        return provider;
    }
}
