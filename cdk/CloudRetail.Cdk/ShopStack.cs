using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.SES;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>One stage of the shop: its data, identity, images, sender, and the API in front.</summary>
public sealed class ShopStack : Stack
{
    public ShopStack(Construct scope, string id, DeploySettings settings, IStackProps? props = null) : base(scope, id, props)
    {
        var tables = new ShopTables(this, "Tables", settings);
        var identity = new ShopperIdentity(this, "Identity", settings);
        var images = new ProductImagesBucket(this, "ProductImages", settings).Bucket;
        var invoices = new InvoicesBucket(this, "Invoices", settings).Bucket;
        // SES e-mails the address to confirm it; until then, and while the account is in the SES
        // sandbox, mails go only to verified recipients (docs/deploy.md).
        var sender = new EmailIdentity(this, "Sender", new EmailIdentityProps
        {
            Identity = Identity.Email(settings.SenderEmail),
        });
        var secrets = new ShopSecrets(this, "Secrets", settings);
        var apiFunction = new ApiFunction(this, "Api", new ApiFunctionProps(settings, tables, images, invoices, identity, sender, secrets));
        var function = apiFunction.Function;
        var api = new ShopHttpApi(this, "Http", settings, function);
        // Resolved at deploy time into the distribution's origin header: the template holds only a reference.
        var originSecret = secrets.CloudFrontOrigin.SecretValue;
        var storefront = new StorefrontHosting(this, "Storefront", settings, api, originSecret,
            SecurityHeaderValues.RegionalBucketOrigins(Region));
        function.AddEnvironment(ShopSettings.StorefrontUrl, storefront.Url);
        // The admin pages upload pictures from the storefront's origin straight to the bucket.
        images.AddCorsRule(ProductImagesBucket.BrowserAccess(storefront.Url));

        // Cancels unpaid orders whose reservation ran out. The adapter POSTs the schedule's event
        // to the pass-through path. A run that fails (a throttle, a cold start past the timeout) is
        // tried twice more within its own five minutes, then parked in the dead-letter queue, which
        // has an alarm: the next run starts afresh either way. The event carries no secret: the rule
        // is the only caller IAM lets invoke the function outside API Gateway, and the app runs the
        // sweep only for such an invocation (ScheduledJobFilter).
        SweepDeadLetters = new Queue(this, "ReservationSweepDeadLetters", new QueueProps
        {
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            RetentionPeriod = Duration.Days(14),
        });
        _ = new Rule(this, "ReservationSweep", new RuleProps
        {
            Description = "Releases the stock of PENDING orders whose reservation expired",
            Schedule = Schedule.Rate(Duration.Minutes(5)),
            Targets = [new LambdaFunction(function, new LambdaFunctionProps
            {
                RetryAttempts = SweepRetryAttempts,
                MaxEventAge = Duration.Minutes(4),
                DeadLetterQueue = SweepDeadLetters,
            })],
        });

        var alarms = new ShopAlarms(this, "Alarms", settings, function, api.Stage.Api, tables.BySetting, SweepDeadLetters);
        _ = new ShopDashboard(this, "Dashboard", settings, function, api.Stage.Api, storefront.Distribution.DistributionId, alarms.Alarms);

        Output("ApiUrl", api.Url, "Base URL of the API; the storefront calls <ApiUrl>api/...");
        if (api.RegionalDomainName is { } target)
        {
            Output("ApiDomainTarget", target, $"Point {settings.ApiDomainName} here (CNAME or alias): CloudFront reaches the API by that name");
        }
        Output("UserPoolId", identity.UserPool.UserPoolId, "Cognito user pool (create the first admin here)");
        Output("UserPoolClientId", identity.Client.UserPoolClientId, "App client the API signs shoppers in with");
        Output("ImagesBucketName", images.BucketName, "Private bucket of product pictures");
        Output("InvoicesBucketName", invoices.BucketName, "Private, versioned bucket of the invoice PDFs");
        Output("StorefrontUrl", storefront.Url, "The shop: the web app and, under /api, the API, on one origin");
        Output("StorefrontBucketName", storefront.Bucket.BucketName, "Upload the built web app here (aws s3 sync)");
        Output("AlarmTopicArn", alarms.Topic.TopicArn, "Every alarm of the stage goes here (e-mailed to alarmEmail)");
        Output("StorefrontDistributionId", storefront.Distribution.DistributionId, "Invalidate /index.html here after an upload");
    }

    public const int SweepRetryAttempts = 2;

    /// <summary>Sweep events the function could not take after every retry.</summary>
    public Queue SweepDeadLetters { get; }

    private void Output(string id, string value, string description) =>
        _ = new CfnOutput(this, id, new CfnOutputProps { Value = value, Description = description });
}
