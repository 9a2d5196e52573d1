using Amazon.CDK;
using Amazon.CDK.AWS.Apigatewayv2;
using Amazon.CDK.AWS.CertificateManager;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AwsApigatewayv2Integrations;
using Constructs;
using HttpMethod = Amazon.CDK.AWS.Apigatewayv2.HttpMethod;

namespace CloudRetail.Cdk;

/// <summary>The public door: an HTTP API that sends everything under /api to the function, with a
/// throttle in front and CORS for the storefront. Nothing outside /api (Swagger UI, the scheduled
/// events path) is routed, so it stays private to the function. The routes that cost most (a login is
/// a Cognito call, a search a query, a checkout a transaction) have lower throttles of their own, so
/// a flood of one cannot take the whole stage's budget from the others. With a domain of its own,
/// the execute-api endpoint is off and CloudFront (with its WAF) is the only way in.</summary>
internal sealed class ShopHttpApi : Construct
{
    public const string ApiRoute = "/api/{proxy+}";

    /// <summary>Each a share of the stage's throttle; every other route has the stage's own.</summary>
    public static readonly RouteThrottle[] RouteThrottles =
    [
        // Password guessing, and each try a Cognito call.
        new(HttpMethod.POST, "/api/auth/login", 0.1),
        // Sign-up, codes, resets: each a Cognito call, some an e-mail.
        new(HttpMethod.POST, "/api/auth/{proxy+}", 0.1),
        // Listing and search (?q=): a query string cannot be routed apart from the listing.
        new(HttpMethod.GET, "/api/products", 0.3),
        new(HttpMethod.POST, "/api/orders/checkout", 0.2),
        new(HttpMethod.POST, "/api/payments", 0.2),
    ];

    /// <summary>One JSON object per request; <c>requestId</c> is the id the app logs as ApiRequestId.</summary>
    public static readonly IReadOnlyDictionary<string, string> AccessLogFields = new Dictionary<string, string>
    {
        ["requestId"] = "$context.requestId",
        ["time"] = "$context.requestTime",
        ["ip"] = "$context.identity.sourceIp",
        ["method"] = "$context.httpMethod",
        ["path"] = "$context.path",
        ["routeKey"] = "$context.routeKey",
        ["status"] = "$context.status",
        ["responseLength"] = "$context.responseLength",
        ["latencyMs"] = "$context.responseLatency",
        ["integrationLatencyMs"] = "$context.integrationLatency",
        ["integrationError"] = "$context.integrationErrorMessage",
        ["xrayTraceId"] = "$context.xrayTraceId",
    };

    public ShopHttpApi(Construct scope, string id, DeploySettings settings, IFunction function) : base(scope, id)
    {
        var api = new HttpApi(this, "Api", new HttpApiProps
        {
            ApiName = $"cloudretail-{settings.Stage}",
            // The $default stage below carries the throttle, which the generated one cannot.
            CreateDefaultStage = false,
            // Without a domain of its own CloudFront has no other way to reach it (test stages).
            DisableExecuteApiEndpoint = settings.ApiDomainName is not null,
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
        var integration = new HttpLambdaIntegration("Function", function);
        var routes = api.AddRoutes(new AddRoutesOptions { Path = ApiRoute, Methods = [HttpMethod.ANY], Integration = integration }).ToList();
        foreach (var throttled in RouteThrottles)
        {
            routes.AddRange(api.AddRoutes(new AddRoutesOptions { Path = throttled.Path, Methods = [throttled.Method], Integration = integration }));
        }

        DomainName? domain = null;
        if (settings.ApiDomainName is { } name)
        {
            domain = new DomainName(this, "Domain", new DomainNameProps
            {
                DomainName = name,
                Certificate = Certificate.FromCertificateArn(this, "Certificate", settings.ApiCertificateArn!),
            });
        }

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
            DomainMapping = domain is null ? null : new DomainMappingOptions { DomainName = domain },
        });
        AccessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        var stage = (CfnStage)Stage.Node.DefaultChild!;
        stage.AccessLogSettings = new CfnStage.AccessLogSettingsProperty
        {
            DestinationArn = AccessLogs.LogGroupArn,
            Format = "{" + string.Join(",", AccessLogFields.Select(f => $"\"{f.Key}\":\"{f.Value}\"")) + "}",
        };
        // An untyped map in the CDK: written as CloudFormation spells it.
        stage.RouteSettings = RouteThrottles.ToDictionary(
            r => r.RouteKey,
            r => (object)new Dictionary<string, object>
            {
                ["ThrottlingRateLimit"] = r.Share(settings.ThrottleRatePerSecond),
                ["ThrottlingBurstLimit"] = r.Share(settings.ThrottleBurst),
            });
        // A stage's route settings name routes that must exist first.
        foreach (var route in routes)
        {
            stage.Node.AddDependency(route);
        }

        OriginDomain = settings.ApiDomainName ?? Fn.Select(2, Fn.Split("/", api.ApiEndpoint));
        Url = settings.ApiDomainName is { } own ? $"https://{own}/" : Stage.Url;
        RegionalDomainName = domain?.RegionalDomainName;
    }

    public HttpStage Stage { get; }

    public LogGroup AccessLogs { get; }

    /// <summary>The host name CloudFront connects to: the API's own domain, or its execute-api host.</summary>
    public string OriginDomain { get; }

    public string Url { get; }

    /// <summary>Where the API's domain name must point (a CNAME or alias); null without one.</summary>
    public string? RegionalDomainName { get; }
}

internal sealed record RouteThrottle(HttpMethod Method, string Path, double ShareOfStage)
{
    public string RouteKey => $"{Method} {Path}";

    /// <summary>Rounded down, but never 0, which would close the route.</summary>
    public int Share(int stageLimit) => Math.Max(1, (int)Math.Floor(stageLimit * ShareOfStage));
}
