using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>Product pictures: private, encrypted, reachable only over TLS. Browsers read and
/// upload through short-lived URLs the API pre-signs, so CORS admits the storefront for those.</summary>
internal sealed class ProductImagesBucket : Construct
{
    public ProductImagesBucket(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            // S3-managed keys: pre-signed uploads then need no KMS grants.
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            Cors = [BrowserAccess(settings.StorefrontOrigin)],
            // A non-empty bucket blocks stack deletion in dev: docs/deploy.md says to empty it first.
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
    }

    public Bucket Bucket { get; }

    /// <summary>Lets pages from <paramref name="origin"/> show pictures and PUT them to pre-signed URLs.</summary>
    public static CorsRule BrowserAccess(string origin) => new()
    {
        AllowedOrigins = [origin],
        AllowedMethods = [HttpMethods.GET, HttpMethods.HEAD, HttpMethods.PUT],
        AllowedHeaders = ["*"],
        ExposedHeaders = ["ETag"],
        MaxAge = 3000,
    };
}
