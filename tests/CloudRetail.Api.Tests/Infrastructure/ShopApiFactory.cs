using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>The real host on a real Kestrel port, configured for the given emulators.</summary>
public sealed class ShopApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ShopApiFactory(LocalAwsEmulators.Endpoints emulators, IReadOnlyDictionary<string, string?>? overrides = null)
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
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        _settings = settings;
        UseKestrel(0);
    }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
