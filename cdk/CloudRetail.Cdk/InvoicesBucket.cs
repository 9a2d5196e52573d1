using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>The invoice PDFs: private, encrypted, reachable only over TLS, versioned so an invoice once
/// issued is never lost to an overwrite. Shoppers download theirs through short-lived URLs the API
/// pre-signs; a download is a navigation, so no CORS. Kept with production's data.</summary>
internal sealed class InvoicesBucket : Construct
{
    public InvoicesBucket(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        Bucket = new Bucket(this, "Bucket", new BucketProps
        {
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            ObjectOwnership = ObjectOwnership.BUCKET_OWNER_ENFORCED,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
            Versioned = true,
            RemovalPolicy = settings.IsProduction ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        });
    }

    public Bucket Bucket { get; }
}
