using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;
using HttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;

namespace CloudRetail.Cdk;

/// <summary>The public door: an HTTP API that sends everything under /api to the function, with a
/// throttle in front and CORS for the storefront. Nothing outside /api (Swagger UI, the scheduled
/// events path) is routed, so it stays private to the function.</summary>
internal sealed class ShopHttpApi : Construct
{
    public const string ApiRoute = "/api/{proxy+}";

    public ShopHttpApi(Construct scope, string id, DeploySettings settings, IFunction function) : base(scope, id)
    {
        var api = new HttpApi(this, "Api", new HttpApiProps
        {
            ApiName = $"cloudretail-{settings.Stage}",
            // The $default stage below carries the throttle, which the generated one cannot.
            CreateDefaultStage = false,
            CorsPreflight = new CorsPreflightOptions
            {
                AllowOrigins = [settings.StorefrontOrigin],
                AllowMethods = [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
                AllowHeaders = ["Authorization", "Content-Type", "Idempotency-Key"],
                // Bearer tokens, not cookies.
                AllowCredentials = false,
                MaxAge = Duration.Hours(1),
            },
        });
        api.AddRoutes(new AddRoutesOptions
        {
            Path = ApiRoute,
            Methods = [HttpMethod.ANY],
            Integration = new HttpLambdaIntegration("Function", function),
        });

        // $default has no path prefix, so the app sees /api/... as it does locally (no API_BASE_PATH).
        Stage = new HttpStage(this, "DefaultStage", new HttpStageProps
        {
            HttpApi = api,
            StageName = "$default",
            AutoDeploy = true,
            Throttle = new ThrottleSettings
            {
                RateLimit = settings.ThrottleRatePerSecond,
                BurstLimit = settings.ThrottleBurst,
            },
        });
    }

    public HttpStage Stage { get; }
}
