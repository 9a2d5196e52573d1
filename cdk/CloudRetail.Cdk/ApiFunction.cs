using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SES;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The whole API as one Lambda function: the unchanged Kestrel app behind the AWS Lambda Web
/// Adapter (docs/adr/0001). Its environment uses ShopSettings' names and holds no secret, and its
/// role reaches only this stack's tables, the objects of its two buckets (pictures, invoices), its
/// sender identity and its own secrets.
/// </summary>
internal sealed class ApiFunction : Construct
{
    public const int Port = 8080;

    public ApiFunction(Construct scope, string id, ApiFunctionProps props) : base(scope, id)
    {
        var settings = props.Settings;
        var logs = new LogGroup(this, "Logs", new LogGroupProps
        {
            Retention = settings.IsProduction ? RetentionDays.THREE_MONTHS : RetentionDays.TWO_WEEKS,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });

        var environment = new Dictionary<string, string>
        {
            // The secrets' Parameter Store paths, never their values: the app reads those at run time.
            [ShopSettings.SecretParameters] = props.Secrets.ParameterMapping,
            [ShopSettings.MetricsNamespace] = ShopMetricNames.Namespace(settings.Stage),
            ["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LWA_READINESS_CHECK_PATH"] = ShopPaths.Liveness,
            ["AWS_LWA_PASS_THROUGH_PATH"] = ShopPaths.ScheduledSweep,
            [ShopSettings.ImagesBucket] = props.Images.BucketName,
            [ShopSettings.InvoicesBucket] = props.Invoices.BucketName,
            [ShopSettings.ShopLegalName] = settings.LegalName,
            [ShopSettings.ShopLegalAddress] = settings.LegalAddress,
            [ShopSettings.SignedUrlExpires] = "300",
            [ShopSettings.OrdersByUserIndex] = ShopIndexes.OrdersByUser,
            [ShopSettings.SesFromEmail] = settings.SenderEmail,
            [ShopSettings.CognitoUserPoolId] = props.Identity.UserPool.UserPoolId,
            [ShopSettings.CognitoClientId] = props.Identity.Client.UserPoolClientId,
            [ShopSettings.PaymentProvider] = settings.PaymentProvider,
        };
        if (settings.PaymentProvider == "CARD_SIMULATOR")
        {
            // The app refuses the simulator in Production unless told plainly; DeploySettings keeps it off prod.
            environment.Add(ShopSettings.PaymentAllowSimulator, "true");
        }
        foreach (var (setting, table) in props.Tables.BySetting)
        {
            environment.Add(setting, table.TableName);
        }
        foreach (var (setting, value) in ApiOperations.Environment(Node).Concat(ShopPricingContext.Environment(Node)))
        {
            environment.Add(setting, value);
        }
        if (settings.Package == ApiPackage.Zip && !environment.ContainsKey(ShopSettings.OtlpEndpoint))
        {
            // The collector layer's receiver: traces go on from there to X-Ray.
            environment.Add(ShopSettings.OtlpEndpoint, ApiPackaging.CollectorEndpoint);
        }
        if (settings.ApiBasePath is { } basePath)
        {
            environment.Add(ShopSettings.ApiBasePath, basePath);
        }

        Function = ApiPackaging.Create(this, "Function", settings, environment, logs);

        foreach (var (setting, table) in props.Tables.BySetting)
        {
            if (setting == ShopSettings.AuditTable)
            {
                // The audit trail is append-only: the function reads it and adds entries, and may neither
                // change nor delete one (no UpdateItem, DeleteItem or BatchWriteItem, which can delete).
                table.GrantReadData(Function);
                table.Grant(Function, AuditTrailWrites);
            }
            else
            {
                table.GrantReadWriteData(Function);
            }
        }
        // Signing a URL needs no call to S3, but S3 checks the signer's rights when the browser uses it.
        Function.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["s3:GetObject", "s3:PutObject"],
            Resources = [props.Images.ArnForObjects("*"), props.Invoices.ArnForObjects("*")],
        }));
        props.Sender.GrantSendEmail(Function);
        // The back office's customers: Cognito's admin operations the API signs, on the shop's pool only.
        props.Identity.UserPool.Grant(Function, CustomerAdminActions);
        props.Secrets.GrantRead(Function);
    }

    /// <summary>What the Customers module asks of Cognito (Identity's CustomerAccounts).</summary>
    public static readonly string[] CustomerAdminActions =
    [
        "cognito-idp:ListUsers", "cognito-idp:ListUsersInGroup", "cognito-idp:AdminGetUser", "cognito-idp:AdminListGroupsForUser",
        "cognito-idp:AdminDisableUser", "cognito-idp:AdminEnableUser", "cognito-idp:AdminUserGlobalSignOut",
        "cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminRemoveUserFromGroup",
    ];

    /// <summary>All the function may write to the audit table: a new entry (a Put in a transaction, on condition that it is new).</summary>
    public static readonly string[] AuditTrailWrites = ["dynamodb:PutItem"];

    public Function Function { get; }
}

internal sealed record ApiFunctionProps(
    DeploySettings Settings,
    ShopTables Tables,
    Amazon.CDK.AWS.S3.IBucket Images,
    Amazon.CDK.AWS.S3.IBucket Invoices,
    ShopperIdentity Identity,
    EmailIdentity Sender,
    ShopSecrets Secrets);
