using System.Globalization;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>How the API's code reaches Lambda. Both run the same Kestrel app behind the Lambda Web Adapter.</summary>
public enum ApiPackage
{
    /// <summary>The repository's Dockerfile, built by <c>cdk deploy</c> (needs a Docker engine).</summary>
    Image,

    /// <summary>A self-contained linux-x64 publish folder on provided.al2023 with the adapter's layer
    /// (needs no Docker; see docs/deploy.md).</summary>
    Zip,
}

/// <summary>
/// Everything a deployment may vary, read from CDK context (<c>cdk.json</c> or <c>-c key=value</c>).
/// One stack per stage; only <c>prod</c> keeps its data when the stack goes away.
/// </summary>
public sealed record DeploySettings(
    string Stage,
    string StorefrontOrigin,
    string SenderEmail,
    int MemoryMb,
    int TimeoutSeconds,
    int ThrottleRatePerSecond,
    int ThrottleBurst,
    ApiPackage Package,
    string RepositoryRoot,
    string ZipDirectory,
    string? AdapterLayerArn,
    string? ApiBasePath,
    string PaymentProvider,
    string LegalName = DeploySettings.DefaultLegalName,
    string LegalAddress = DeploySettings.DefaultLegalAddress)
{
    /// <summary>What a test stage prints as the seller on its invoices; prod must name the real one.</summary>
    public const string DefaultLegalName = "CloudRetail (test stage)";
    public const string DefaultLegalAddress = "Not a real address";

    /// <summary>What a deployment may choose for PAYMENT_PROVIDER. MOCK lets a client confirm its own
    /// order without paying, so no stack ever sets it.</summary>
    public static readonly string[] DeployableProviders = ["COD", "CARD_SIMULATOR"];

    public bool IsProduction => Stage == "prod";

    /// <summary>The WAF web ACL (CLOUDFRONT scope, so made in us-east-1: EdgeShieldStack) the
    /// distribution is attached to; required for prod (docs/deploy.md, "Outer shield").</summary>
    public string? WebAclArn { get; init; }

    /// <summary>Where alarms are e-mailed (the SNS topic's subscription); required for prod.</summary>
    public string? AlarmEmail { get; init; }

    /// <summary>Instances the API function may run at once; unset: the account's unreserved pool.</summary>
    public int? ReservedConcurrency { get; init; }

    /// <summary>The API's own host name (a regional ACM certificate's), which CloudFront reaches it by
    /// so its execute-api endpoint can be turned off; required for prod.</summary>
    public string? ApiDomainName { get; init; }

    public string? ApiCertificateArn { get; init; }

    /// <summary>The ADOT collector layer of a zip package; unset: ApiPackaging's default for the region.</summary>
    public string? CollectorLayerArn { get; init; }

    /// <summary>Keeps the Orders table's status index from before it was sharded (<c>GSI2-status-createdAt</c>) beside
    /// the sharded one, for the first of the two deploys that move an existing stack to it: CloudFormation may add or
    /// remove one index of a table per update, not both (docs/deploy.md, "Shard the orders-by-status index").</summary>
    public bool KeepsStatusIndexBeforeShards { get; init; }

    /// <summary>Requests per 5 minutes one IP may send before the web ACL blocks it.</summary>
    public int WafRequestsPer5MinutesPerIp { get; init; } = 2000;

    public static DeploySettings From(Node node)
    {
        var stage = Text(node, "stage") ?? "dev";
        if (!System.Text.RegularExpressions.Regex.IsMatch(stage, "^[a-z][a-z0-9-]{0,19}$"))
        {
            // It becomes part of table, pool and stack names.
            throw new ArgumentException($"Context 'stage' must be lower-case letters, digits and dashes, got '{stage}'.");
        }
        var root = Path.GetFullPath(Text(node, "repositoryRoot") ?? "..");
        var provider = Text(node, "paymentProvider") is { } chosen
            ? DeployableProviders.Contains(chosen) ? chosen : throw new ArgumentException(
                $"Context 'paymentProvider' must be COD or CARD_SIMULATOR, got '{chosen}' (MOCK is for Development only).")
            : "COD";
        if (stage == "prod" && provider == "CARD_SIMULATOR")
        {
            // Anyone who knows the public test card would confirm orders for free.
            throw new ArgumentException("Context 'paymentProvider' CARD_SIMULATOR is for test stages; the prod stage takes COD.");
        }
        var settings = new DeploySettings(
            stage,
            Text(node, "storefrontOrigin") ?? "http://localhost:4200",
            Text(node, "sesFromEmail") ?? throw new ArgumentException(
                "Context 'sesFromEmail' is required: the address order e-mails come from, e.g. -c sesFromEmail=shop@example.com"),
            Number(node, "apiMemoryMb", 1024),
            Number(node, "apiTimeoutSeconds", 29),
            Number(node, "apiThrottleRate", 50),
            Number(node, "apiThrottleBurst", 100),
            Enum.TryParse<ApiPackage>(Text(node, "apiPackage") ?? nameof(ApiPackage.Image), ignoreCase: true, out var package)
                ? package
                : throw new ArgumentException("Context 'apiPackage' must be 'image' or 'zip'."),
            root,
            Path.GetFullPath(Text(node, "apiZipDirectory") ?? Path.Combine(root, "artifacts", "lambda")),
            Text(node, "lwaLayerArn"),
            // Only when something in front adds a path prefix (a custom-domain mapping): API_BASE_PATH.
            Text(node, "apiBasePath"),
            provider,
            // The seller on every invoice (SHOP_LEGAL_NAME, SHOP_LEGAL_ADDRESS with ';' between lines).
            Text(node, "shopLegalName") ?? (stage == "prod" ? throw new ArgumentException(
                "Context 'shopLegalName' is required for prod: the seller's legal name on every invoice") : DefaultLegalName),
            Text(node, "shopLegalAddress") ?? (stage == "prod" ? throw new ArgumentException(
                "Context 'shopLegalAddress' is required for prod: the seller's address on every invoice, lines separated by ';'") : DefaultLegalAddress))
        {
            WebAclArn = Text(node, "webAclArn"),
            AlarmEmail = Text(node, "alarmEmail"),
            ReservedConcurrency = Text(node, "apiReservedConcurrency") is { } reserved ? int.Parse(reserved, CultureInfo.InvariantCulture) : null,
            ApiDomainName = Text(node, "apiDomainName"),
            ApiCertificateArn = Text(node, "apiCertificateArn"),
            WafRequestsPer5MinutesPerIp = Number(node, "wafRequestsPer5MinutesPerIp", 2000),
            CollectorLayerArn = Text(node, "adotLayerArn"),
            KeepsStatusIndexBeforeShards = Text(node, "keepStatusIndexBeforeShards") is { } keep && bool.Parse(keep),
        };
        return settings.IsProduction ? settings.CheckedForProduction() : settings;
    }

    /// <summary>What prod may not leave to defaults: each a reason the stack would be unsafe or silent.</summary>
    private DeploySettings CheckedForProduction()
    {
        if (Uri.TryCreate(StorefrontOrigin, UriKind.Absolute, out var origin) && (origin.IsLoopback || origin.Host == "localhost"))
        {
            throw new ArgumentException($"Context 'storefrontOrigin' is '{StorefrontOrigin}': the prod stage refuses a localhost CORS origin; give the shop's own https origin.");
        }
        if (WebAclArn is null)
        {
            throw new ArgumentException("Context 'webAclArn' is required for prod: deploy the CloudRetail-prod-edge stack (us-east-1) first and pass its WebAclArn output.");
        }
        if (AlarmEmail is null)
        {
            throw new ArgumentException("Context 'alarmEmail' is required for prod: the address the stack's alarms are sent to.");
        }
        if (ApiDomainName is null || ApiCertificateArn is null)
        {
            throw new ArgumentException("Context 'apiDomainName' and 'apiCertificateArn' are required for prod: CloudFront reaches the API by that name, so its execute-api endpoint is turned off.");
        }
        if (ReservedConcurrency is < 1)
        {
            throw new ArgumentException("Context 'apiReservedConcurrency' must be at least 1 for prod (0 would stop the shop).");
        }
        return this;
    }

    private static string? Text(Node node, string key) =>
        node.TryGetContext(key)?.ToString() is { Length: > 0 } value ? value : null;

    private static int Number(Node node, string key, int defaultValue) =>
        Text(node, key) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;
}
