using Amazon.DynamoDBv2;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>The real host on a real Kestrel port, configured for the given emulators.</summary>
public sealed class ShopApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ShopApiFactory(LocalAwsEmulators.Endpoints emulators, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        _settings = Settings(emulators, overrides);
        UseKestrel(0);
    }

    /// <summary>The test defaults over the emulators, with <paramref name="overrides"/> on top: the
    /// in-process host and the published binary (<see cref="PublishedShopApi"/>) get the same.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(LocalAwsEmulators.Endpoints emulators, IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["LocalAws:DynamoDbUrl"] = emulators.DynamoDb,
            ["LocalAws:S3Url"] = emulators.S3,
            ["LocalAws:CognitoUrl"] = emulators.Cognito,
            ["LocalAws:SesUrl"] = emulators.Ses,
            ["LocalAws:CreateResources"] = "true",
            ["DemoData:Load"] = "false",
            ["Identity:LocalAdmin:Email"] = ShopApi.AdminEmail,
            ["Identity:LocalAdmin:Password"] = ShopApi.AdminPassword,
            // Every test registers, logs in and checks out from one IP; a test that checks a limit turns it on.
            ["RATE_LIMIT_LOGIN_FAILURES"] = "0",
            ["RATE_LIMIT_AUTH_PER_10_MINUTES"] = "0",
            ["RATE_LIMIT_ORDERS_PER_MINUTE"] = "0",
            ["CORS_ALLOWED_ORIGINS"] = TestStorefront.Origin,
            ["STOREFRONT_ROOT"] = StorefrontRoot,
            ["STOREFRONT_URL"] = StorefrontUrl,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>One storefront directory for every host of the run.</summary>
    public static readonly string StorefrontRoot = TestStorefront.Create();

    /// <summary>Where the e-mails' links point.</summary>
    public const string StorefrontUrl = "https://shop.test";

    public CapturedLogs Logs { get; } = new();

    /// <summary>The host's clock; tests move it to make reservations expire.</summary>
    public MovableClock Clock { get; } = new();

    /// <summary>Every DynamoDB operation the host makes, in order.</summary>
    public CountingDynamoDb DynamoDbCalls { get; private set; } = null!;

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
            var real = (IAmazonDynamoDB)services.Single(d => d.ServiceType == typeof(IAmazonDynamoDB)).ImplementationInstance!;
            var (counted, counter) = CountingDynamoDb.Wrap(real);
            DynamoDbCalls = counter;
            services.AddSingleton(counted);
        });
    }
}
