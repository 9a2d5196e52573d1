using System.Reflection;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;
using CloudRetail.Health;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class FunctionTests(SynthesizedShop shop)
{
    /// <summary>Settings the API reads that the stack leaves unset on purpose.</summary>
    public static readonly IReadOnlySet<string> LeftOut = new HashSet<string>
    {
        ShopSettings.AwsRegion,           // Lambda sets it itself and refuses it in a function's environment
        ShopSettings.CognitoClientSecret, // the app client has no secret (ShopperIdentity says why)
        ShopSettings.ApiBasePath,         // the $default stage puts no prefix in front of /api (-c apiBasePath sets one)
        ShopSettings.OtlpEndpoint,        // no collector unless -c otlpEndpoint names one
        ShopSettings.CorsAllowedOrigins,  // API Gateway answers CORS itself, and CloudFront serves app and API as one origin
        ShopSettings.StorefrontRoot,      // CloudFront serves the app from its bucket, not the function
        ShopSettings.OrderReservationMinutes,             // the API's default (30 minutes) applies
        ShopSettings.OrderSweepIntervalSeconds,           // no timer in Lambda: the schedule calls the sweep path
        ShopSettings.MaxPendingOrdersPerShopper,          // the API's default (3) applies
        ShopSettings.MaxUncollectedCodOrdersPerShopper,   // the API's default (3) applies
        ShopSettings.ReturnWindowDays,                    // the API's default (30 days) applies
        ShopSettings.StockReconciliationIntervalSeconds,  // no timer in Lambda: staff run the repair endpoint
        ShopSettings.PaymentAllowMock,                    // MOCK never runs in AWS
        ShopSettings.PaymentAllowSimulator,               // set only when a test stage chooses CARD_SIMULATOR
        ShopSettings.PaymentSimulatorCallbackUrl,         // the card simulator calls the app's own address
        ShopSettings.ApiDocs,                             // no Swagger UI in AWS
        ShopSettings.ShopPricesIncludeTax,                // the API's default (prices exclude tax) unless -c shopPricesIncludeTax=true
        ShopSettings.ShopShippingTaxed,                   // the API's default (shipping not taxed) unless -c shopShippingTaxed=true
        ShopSettings.ShopCountry,                         // collection orders carry no tax until -c shopCountry says where the shop is
        ShopSettings.ShopRegion,                          // as shopCountry, with -c shopRegion
        ShopSettings.ShopDefaultShippingMethod,           // no shipping for a checkout without one, as before, unless -c shopDefaultShippingMethod
        ShopSettings.SchedulerSecret,                     // off Lambda only: IAM lets only the sweep's rule invoke the function
        ShopSettings.LambdaFunctionName,                  // Lambda sets it in every function's environment
        ShopSettings.PageCursorSecret,                    // secrets: read at run time through SECRET_PARAMETERS
        ShopSettings.PaymentWebhookSecret,
        ShopSettings.CloudFrontOriginSecret,
        ShopSettings.SecretRefreshSeconds,                // the API's default (5 minutes) applies
        ShopSettings.ShopTimeZone,                        // the dashboard's days are UTC's unless the stage's environment names a zone
        ShopSettings.LowStockThreshold,                   // the API's default (5 units) applies
    };

    public static IReadOnlySet<string> AllSettings() =>
        typeof(ShopSettings).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet();

    [Fact]
    public void The_function_environment_uses_the_names_the_api_reads() =>
        StackRules.EnvironmentNamesAreShopSettings(shop.Json, AllSettings(), LeftOut);

    [Fact]
    public void The_adapter_waits_for_liveness_on_the_apps_port()
    {
        var environment = shop.Json.FunctionEnvironment();

        Assert.Equal(HealthModule.LivenessPath, environment["AWS_LWA_READINESS_CHECK_PATH"]!.ToString());
        Assert.Equal("8080", environment["PORT"]!.ToString());
    }

    [Fact]
    public void Scheduled_events_go_to_the_orders_sweep_path_outside_the_api()
    {
        Assert.Equal(ShopPaths.ScheduledSweep, shop.Json.FunctionEnvironment()["AWS_LWA_PASS_THROUGH_PATH"]!.ToString());
        Assert.DoesNotMatch("^/api/", ShopPaths.ScheduledSweep);
    }

    [Fact]
    public void Memory_and_timeout_come_from_context() =>
        shop.Template.HasResourceProperties("AWS::Lambda::Function", Match.ObjectLike(new Dictionary<string, object>
        {
            ["MemorySize"] = DeployContext.Number(shop.Context, "apiMemoryMb"),
            ["Timeout"] = DeployContext.Number(shop.Context, "apiTimeoutSeconds"),
        }));

    [Fact]
    public void The_function_runs_the_image_built_from_the_repository_dockerfile() =>
        shop.Template.HasResourceProperties("AWS::Lambda::Function", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PackageType"] = "Image",
            ["Architectures"] = new object[] { "x86_64" },
        }));
}
