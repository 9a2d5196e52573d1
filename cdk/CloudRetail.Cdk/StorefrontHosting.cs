using Amazon.CDK;
using Amazon.CDK.AWS.CloudFront;
using Amazon.CDK.AWS.CloudFront.Origins;
using Amazon.CDK.AWS.S3;
using Constructs;
using CloudFrontFunction = Amazon.CDK.AWS.CloudFront.Function;
using CloudFrontFunctionProps = Amazon.CDK.AWS.CloudFront.FunctionProps;

namespace CloudRetail.Cdk;

/// <summary>The built web app in a private bucket behind CloudFront, which reads it through origin
/// access control; <c>/api/*</c> goes to the HTTP API, so the browser sees one origin and needs no
/// CORS. Deep links (/orders/42) are answered with index.html by a viewer-request function on the
/// app's behaviour only, so an API 404 stays the API's problem+json. The built app is uploaded with
/// `aws s3 sync` (docs/deploy.md): a BucketDeployment would add a Lambda and a role reaching the
/// CDK's asset bucket to a stack whose only function is the API.</summary>
internal sealed class StorefrontHosting : Construct
{
    public const string ApiPathPattern = "/api/*";

    /// <summary>The header the API checks the origin secret in (CloudFrontViewer in the API).</summary>
    public const string OriginSecretHeader = "X-Origin-Verify";

    /// <summary>A path without a file extension is a page of the app, not a file in the bucket.</summary>
    public const string SpaFallbackCode = """
        function handler(event) {
          var request = event.request;
          var last = request.uri.split('/').pop();
          if (last.indexOf('.') === -1) {
            request.uri = '/index.html';
          }
          return request;
        }
        """;

    /// <summary>The managed AllViewerExceptHostHeader policy: every viewer header but Host (API Gateway
    /// answers only its own host name) and the CloudFront headers, CloudFront-Viewer-Address among them,
    /// which the API reads the shopper's address from.</summary>
    public static readonly IOriginRequestPolicy ApiOriginRequests = OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER;

    /// <param name="originSecret">Sent to the API on every request as X-Origin-Verify: proof that the
    /// request came through this distribution, so its CloudFront-Viewer-Address may be believed.</param>
    /// <param name="pictureOrigin">Where pictures come from, which the storefront's CSP allows as the API's does
    /// (<see cref="SecurityHeaderValues.RegionalBucketOrigins"/>: the bucket itself would close a cycle).</param>
    public StorefrontHosting(Construct scope, string id, DeploySettings settings, ShopHttpApi api, SecretValue originSecret, string pictureOrigin) : base(scope, id)
    {
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            // Only built files live here; docs/deploy.md empties it before the stack goes away.
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        var spaFallback = new CloudFrontFunction(this, "SpaFallback", new CloudFrontFunctionProps
        {
            Code = FunctionCode.FromInline(SpaFallbackCode),
            Runtime = FunctionRuntime.JS_2_0,
            Comment = "Deep links of the storefront answer index.html",
        });
        Headers = new ResponseHeadersPolicy(this, "SecurityHeaders", new ResponseHeadersPolicyProps
        {
            Comment = "The security headers the API sends locally (SecurityHeaderValues)",
            SecurityHeadersBehavior = SecurityHeaders(pictureOrigin),
        });
        Distribution = new Distribution(this, "Distribution", new DistributionProps
        {
            Comment = $"CloudRetail storefront and API, stage {settings.Stage}",
            DefaultRootObject = "index.html",
            // Made in us-east-1 by EdgeShieldStack (CLOUDFRONT scope); none on a test stage without one.
            WebAclId = settings.WebAclArn,
            DefaultBehavior = new BehaviorOptions
            {
                Origin = S3BucketOrigin.WithOriginAccessControl(Bucket),
                ViewerProtocolPolicy = ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
                // Brotli or gzip at the edge for the browsers that accept it (CACHING_OPTIMIZED keys
                // the cache on both); the API does the same with the copies the build writes.
                CachePolicy = CachePolicy.CACHING_OPTIMIZED,
                Compress = true,
                ResponseHeadersPolicy = Headers,
                FunctionAssociations =
                [
                    new FunctionAssociation { Function = spaFallback, EventType = FunctionEventType.VIEWER_REQUEST },
                ],
            },
            AdditionalBehaviors = new Dictionary<string, IBehaviorOptions>
            {
                [ApiPathPattern] = new BehaviorOptions
                {
                    Origin = new HttpOrigin(api.OriginDomain, new HttpOriginProps
                    {
                        ProtocolPolicy = OriginProtocolPolicy.HTTPS_ONLY,
                        CustomHeaders = new Dictionary<string, string> { [OriginSecretHeader] = originSecret.UnsafeUnwrap() },
                    }),
                    ViewerProtocolPolicy = ViewerProtocolPolicy.HTTPS_ONLY,
                    AllowedMethods = AllowedMethods.ALLOW_ALL,
                    // Answers are per shopper (Authorization): never cached, every header but Host passed on.
                    CachePolicy = CachePolicy.CACHING_DISABLED,
                    OriginRequestPolicy = ApiOriginRequests,
                    // The app sends the same values; this covers answers CloudFront makes itself (a 502).
                    ResponseHeadersPolicy = Headers,
                },
            },
        });
    }

    public Bucket Bucket { get; }

    public ResponseHeadersPolicy Headers { get; }

    public static ResponseSecurityHeadersBehavior SecurityHeaders(string pictureOrigin) => new()
    {
        ContentSecurityPolicy = new ResponseHeadersContentSecurityPolicy
        {
            ContentSecurityPolicy = SecurityHeaderValues.ContentSecurityPolicy(pictureOrigin),
            Override = true,
        },
        StrictTransportSecurity = new ResponseHeadersStrictTransportSecurity
        {
            AccessControlMaxAge = Duration.Seconds(SecurityHeaderValues.StrictTransportSecurityMaxAgeSeconds),
            IncludeSubdomains = true,
            Override = true,
        },
        ContentTypeOptions = new ResponseHeadersContentTypeOptions { Override = true },
        FrameOptions = new ResponseHeadersFrameOptions { FrameOption = HeadersFrameOption.DENY, Override = true },
        ReferrerPolicy = new ResponseHeadersReferrerPolicy { ReferrerPolicy = HeadersReferrerPolicy.NO_REFERRER, Override = true },
    };

    public Distribution Distribution { get; }

    public string Url => $"https://{Distribution.DistributionDomainName}";
}
