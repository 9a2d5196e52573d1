using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SecretsManager;
using Amazon.CDK.AWS.SES;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The whole API as one Lambda function: the unchanged Kestrel app behind the AWS Lambda Web
/// Adapter (docs/adr/0001). Its environment uses ShopSettings' names, and its role reaches only
/// this stack's tables, the objects of its two buckets (pictures, invoices) and its sender identity.
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

        // Shared with the scheduled rule's event; CloudFormation resolves it at deploy time, so the
        // template holds only a reference and the function needs no right to read the secret.
        SchedulerSecret = new Secret(this, "SchedulerSecret", new SecretProps
        {
            Description = "Shared by the reservation sweep's schedule and the API function",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 48, ExcludePunctuation = true },
            RemovalPolicy = RemovalPolicy.DESTROY,
        }).SecretValue;

        // Every instance signs and checks page cursors with this one key, or a next page would fail on another instance.
        var pageCursorSecret = new Secret(this, "PageCursorSecret", new SecretProps
        {
            Description = "Signs the cursors of the API's paged listings",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 48, ExcludePunctuation = true },
            RemovalPolicy = RemovalPolicy.DESTROY,
        }).SecretValue;

        var environment = new Dictionary<string, string>
        {
            [ShopSettings.SchedulerSecret] = SchedulerSecret.UnsafeUnwrap(),
            [ShopSettings.PageCursorSecret] = pageCursorSecret.UnsafeUnwrap(),
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
            // Resolved by CloudFormation at deploy time; the generated value never appears in the template.
            [ShopSettings.PaymentWebhookSecret] = props.WebhookSecret.SecretValue.UnsafeUnwrap(),
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
        if (settings.ApiBasePath is { } basePath)
        {
            environment.Add(ShopSettings.ApiBasePath, basePath);
        }

        Function = ApiPackaging.Create(this, "Function", settings, environment, logs);

        foreach (var table in props.Tables.BySetting.Values)
        {
            table.GrantReadWriteData(Function);
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
    }

    /// <summary>What the Customers module asks of Cognito (Identity's CustomerAccounts).</summary>
    public static readonly string[] CustomerAdminActions =
    [
        "cognito-idp:ListUsers", "cognito-idp:ListUsersInGroup", "cognito-idp:AdminGetUser", "cognito-idp:AdminListGroupsForUser",
        "cognito-idp:AdminDisableUser", "cognito-idp:AdminEnableUser", "cognito-idp:AdminUserGlobalSignOut",
        "cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminRemoveUserFromGroup",
    ];

    public Function Function { get; }

    public SecretValue SchedulerSecret { get; }
}

internal sealed record ApiFunctionProps(
    DeploySettings Settings,
    ShopTables Tables,
    Amazon.CDK.AWS.S3.IBucket Images,
    Amazon.CDK.AWS.S3.IBucket Invoices,
    ShopperIdentity Identity,
    EmailIdentity Sender,
    Amazon.CDK.AWS.SecretsManager.ISecret WebhookSecret);
