using Amazon.CDK;
using Amazon.CDK.AWS.Events;
using Amazon.CDK.AWS.Events.Targets;
using Amazon.CDK.AWS.SecretsManager;
using Amazon.CDK.AWS.SES;
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
        // Signs the payment webhook (HMAC-SHA256). Generated here, so no person ever holds it; rotating
        // it means updating the secret and redeploying the function.
        var webhookSecret = new Secret(this, "PaymentWebhookSecret", new SecretProps
        {
            Description = "Shared secret of the payment webhook signature (PAYMENT_WEBHOOK_SECRET)",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 48, ExcludePunctuation = true },
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
        var apiFunction = new ApiFunction(this, "Api", new ApiFunctionProps(settings, tables, images, invoices, identity, sender, webhookSecret));
        var function = apiFunction.Function;
        var api = new ShopHttpApi(this, "Http", settings, function);
        // CloudFront sends it to the API with every /api request; only a request carrying it has its
        // CloudFront-Viewer-Address believed, so a caller of API Gateway cannot pick its own address.
        // Resolved at deploy time in both places: the template holds only a reference.
        var originSecret = new Secret(this, "CloudFrontOriginSecret", new SecretProps
        {
            Description = "Proves to the API that a request came through the storefront distribution (CLOUDFRONT_ORIGIN_SECRET)",
            GenerateSecretString = new SecretStringGenerator { PasswordLength = 48, ExcludePunctuation = true },
            RemovalPolicy = RemovalPolicy.DESTROY,
        }).SecretValue;
        var storefront = new StorefrontHosting(this, "Storefront", settings, api, originSecret);
        function.AddEnvironment(ShopSettings.StorefrontUrl, storefront.Url);
        function.AddEnvironment(ShopSettings.CloudFrontOriginSecret, originSecret.UnsafeUnwrap());
        // The admin pages upload pictures from the storefront's origin straight to the bucket.
        images.AddCorsRule(ProductImagesBucket.BrowserAccess(storefront.Url));

        // Cancels unpaid orders whose reservation ran out. The adapter POSTs the schedule's event
        // to the pass-through path; the next run is five minutes away, so no retries. The event
        // carries the scheduler's secret, without which the app refuses to run the sweep.
        _ = new Rule(this, "ReservationSweep", new RuleProps
        {
            Description = "Releases the stock of PENDING orders whose reservation expired",
            Schedule = Schedule.Rate(Duration.Minutes(5)),
            Targets = [new LambdaFunction(function, new LambdaFunctionProps
            {
                RetryAttempts = 0,
                Event = RuleTargetInput.FromObject(new Dictionary<string, object>
                {
                    [ShopPaths.SchedulerSecretField] = apiFunction.SchedulerSecret.UnsafeUnwrap(),
                }),
            })],
        });

        Output("ApiUrl", api.Stage.Url, "Base URL of the API; the storefront calls <ApiUrl>api/...");
        Output("UserPoolId", identity.UserPool.UserPoolId, "Cognito user pool (create the first admin here)");
        Output("UserPoolClientId", identity.Client.UserPoolClientId, "App client the API signs shoppers in with");
        Output("ImagesBucketName", images.BucketName, "Private bucket of product pictures");
        Output("InvoicesBucketName", invoices.BucketName, "Private, versioned bucket of the invoice PDFs");
        Output("StorefrontUrl", storefront.Url, "The shop: the web app and, under /api, the API, on one origin");
        Output("StorefrontBucketName", storefront.Bucket.BucketName, "Upload the built web app here (aws s3 sync)");
        Output("StorefrontDistributionId", storefront.Distribution.DistributionId, "Invalidate /index.html here after an upload");
    }

    private void Output(string id, string value, string description) =>
        _ = new CfnOutput(this, id, new CfnOutputProps { Value = value, Description = description });
}
