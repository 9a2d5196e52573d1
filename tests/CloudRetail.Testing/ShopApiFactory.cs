using Amazon.DynamoDBv2;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Testing;

/// <summary>The real host on a real Kestrel port, configured for the given emulators. Every extra
/// host a test needs comes from <see cref="Start"/>: the test defaults, then that test's settings.</summary>
public sealed class ShopApiFactory : WebApplicationFactory<Program>, IShopHost
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private ShopApiFactory(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        UseKestrel(0);
    }

    /// <summary>Starts a host on <paramref name="emulators"/> with the test defaults, each of
    /// <paramref name="settings"/> over them (a null value unsets one).</summary>
    public static ShopApiFactory Start(LocalAwsEmulators.Endpoints emulators, params IEnumerable<(string Setting, string? Value)> settings)
    {
        var host = new ShopApiFactory(Settings(emulators, settings));
        host.StartServer();
        return host;
    }

    /// <summary>The test defaults on <paramref name="emulators"/> with <paramref name="settings"/> over
    /// them: the in-process host and the published binary (<see cref="PublishedShopApi"/>) get the same.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(LocalAwsEmulators.Endpoints emulators, IEnumerable<(string Setting, string? Value)> settings)
    {
        var all = Defaults(emulators);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return all;
    }

    /// <summary>One storefront directory for every host of the run.</summary>
    public static readonly string StorefrontRoot = TestStorefront.Create();

    /// <summary>Where the e-mails' links point.</summary>
    public const string StorefrontUrl = "https://shop.test";

    /// <summary>The seller every test invoice names.</summary>
    public const string LegalName = "CloudRetail Test Shop Ltd.";
    public const string LegalAddress = "1 Test Street; #02-03; Singapore 049321";

    /// <summary>The Kestrel address the host listens on.</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    public CapturedLogs Logs { get; } = new();

    /// <summary>The host's clock; tests move it to make reservations expire.</summary>
    public MovableClock Clock { get; } = new();

    /// <summary>Every DynamoDB operation the host makes, in order.</summary>
    public CountingDynamoDb DynamoDbCalls { get; private set; } = null!;

    private static Dictionary<string, string?> Defaults(LocalAwsEmulators.Endpoints emulators) => new()
    {
        [LocalAwsOptions.DynamoDbUrlSetting] = emulators.DynamoDb,
        [LocalAwsOptions.S3UrlSetting] = emulators.S3,
        [LocalAwsOptions.CognitoUrlSetting] = emulators.Cognito,
        [LocalAwsOptions.SesUrlSetting] = emulators.Ses,
        [LocalAwsOptions.CreateResourcesSetting] = "true",
        [ShopApi.DemoDataSetting] = "false",
        [IdentityModule.LocalAdminEmailSetting] = ShopApi.AdminEmail,
        [IdentityModule.LocalAdminPasswordSetting] = ShopApi.AdminPassword,
        // Every test registers, logs in and checks out from one IP; a test that checks a limit turns it on.
        [ShopSettings.RateLimitLoginFailures] = "0",
        [ShopSettings.RateLimitAuthPer10Minutes] = "0",
        [ShopSettings.RateLimitOrdersPerMinute] = "0",
        [ShopSettings.RateLimitSearchPerMinute] = "0",
        [ShopSettings.CorsAllowedOrigins] = TestStorefront.Origin,
        [ShopSettings.StorefrontRoot] = StorefrontRoot,
        [ShopSettings.StorefrontUrl] = StorefrontUrl,
        [ShopSettings.ShopLegalName] = LegalName,
        [ShopSettings.ShopLegalAddress] = LegalAddress,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // AddAWSService registers the client as a factory: the host builds it, the counter wraps it
            // (on first use: the local resources at start-up, before any test runs).
            var registered = services.Single(d => d.ServiceType == typeof(IAmazonDynamoDB));
            services.AddSingleton(provider =>
            {
                var (counted, counter) = CountingDynamoDb.Wrap((IAmazonDynamoDB)registered.ImplementationFactory!(provider));
                DynamoDbCalls = counter;
                return counted;
            });
        });
    }
}
