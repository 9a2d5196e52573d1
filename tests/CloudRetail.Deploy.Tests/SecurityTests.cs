using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

[Collection(SynthesizedShopCollection.Name)]
public sealed class SecurityTests(SynthesizedShop shop)
{
    [Fact]
    public void Data_actions_name_only_the_stacks_own_resources() =>
        StackRules.DataActionsNameOnlyOwnResources(shop.Json);

    [Fact]
    public void The_function_reaches_its_tables_the_images_and_invoices_buckets_the_sender_its_secrets_and_the_user_pool_and_nothing_else()
    {
        // The role's inline policy, and the managed one the CDK moves statements to when it grows past IAM's size limit.
        var reached = shop.Json.Resources("AWS::IAM::Policy").Concat(shop.Json.Resources("AWS::IAM::ManagedPolicy"))
            .SelectMany(p => shop.Json.ReferencedIds(p.Resource.Properties()["PolicyDocument"]))
            .ToHashSet();
        var own = shop.Json.Resources("AWS::DynamoDB::Table")
            .Concat(shop.Json.Resources("AWS::S3::Bucket").Where(b => b.Id == ImagesBucketId() || b.Id == InvoicesBucketId()))
            .Concat(shop.Json.Resources("AWS::SES::EmailIdentity"))
            .Concat(shop.Json.Resources("AWS::SecretsManager::Secret"))
            // The back office's customer operations (IdentityTests says which).
            .Concat(shop.Json.Resources("AWS::Cognito::UserPool"))
            .Select(r => r.Id)
            .ToHashSet();

        Assert.Equal(own.Order(), reached.Order());
    }

    [Fact]
    public void The_function_may_add_audit_entries_and_neither_change_nor_delete_one() =>
        StackRules.AuditTrailIsAppendOnly(shop.Json);

    [Fact]
    public void The_images_bucket_is_private_encrypted_and_tls_only()
    {
        shop.Template.HasResourceProperties("AWS::S3::Bucket", Amazon.CDK.Assertions.Match.ObjectLike(new Dictionary<string, object>
        {
            ["PublicAccessBlockConfiguration"] = new Dictionary<string, object>
            {
                ["BlockPublicAcls"] = true,
                ["BlockPublicPolicy"] = true,
                ["IgnorePublicAcls"] = true,
                ["RestrictPublicBuckets"] = true,
            },
            ["BucketEncryption"] = new Dictionary<string, object>
            {
                ["ServerSideEncryptionConfiguration"] = new object[]
                {
                    new Dictionary<string, object>
                    {
                        ["ServerSideEncryptionByDefault"] = new Dictionary<string, object> { ["SSEAlgorithm"] = "AES256" },
                    },
                },
            },
        }));
        var bucketPolicy = shop.Json.Resources("AWS::S3::BucketPolicy")
            .Single(p => shop.Json.ReferencedIds(p.Resource.Properties()["Bucket"]).Contains(ImagesBucketId()))
            .Resource.Properties()["PolicyDocument"]!.ToJsonString();
        Assert.Contains("\"aws:SecureTransport\":\"false\"", bucketPolicy, StringComparison.Ordinal);
        Assert.Contains("\"Effect\":\"Deny\"", bucketPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void The_storefront_may_use_presigned_urls_on_the_images_bucket() =>
        shop.Template.HasResourceProperties("AWS::S3::Bucket", Amazon.CDK.Assertions.Match.ObjectLike(new Dictionary<string, object>
        {
            ["CorsConfiguration"] = new Dictionary<string, object>
            {
                ["CorsRules"] = Amazon.CDK.Assertions.Match.ArrayWith(new object[]
                {
                    Amazon.CDK.Assertions.Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["AllowedOrigins"] = new object[] { shop.Context["storefrontOrigin"] },
                        ["AllowedMethods"] = new object[] { "GET", "HEAD", "PUT" },
                    }),
                }),
            },
        }));

    [Fact]
    public void Pages_served_by_the_distribution_may_use_presigned_urls_on_the_images_bucket()
    {
        var images = shop.Json["Resources"]![ImagesBucketId()]!["Properties"]!["CorsConfiguration"]!["CorsRules"]!.AsArray();
        var distributionId = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Id;

        var rule = images.Single(r => shop.Json.ReferencedIds(r!["AllowedOrigins"]).Contains(distributionId))!;
        Assert.Equal(new[] { "GET", "HEAD", "PUT" }, rule["AllowedMethods"]!.AsArray().Select(m => (string)m!));
    }

    [Fact]
    public void The_invoices_bucket_is_private_encrypted_versioned_tls_only_and_open_to_no_browser()
    {
        var invoices = shop.Json["Resources"]![InvoicesBucketId()]!["Properties"]!;
        var block = invoices["PublicAccessBlockConfiguration"]!;
        Assert.All(new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }, key => Assert.True((bool)block[key]!));
        Assert.Equal("AES256", (string?)invoices["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!["SSEAlgorithm"]);
        Assert.Equal("Enabled", (string?)invoices["VersioningConfiguration"]!["Status"]);
        Assert.Null(invoices["CorsConfiguration"]);
        var bucketPolicy = shop.Json.Resources("AWS::S3::BucketPolicy")
            .Single(p => shop.Json.ReferencedIds(p.Resource.Properties()["Bucket"]).Contains(InvoicesBucketId()))
            .Resource.Properties()["PolicyDocument"]!.ToJsonString();
        Assert.Contains("\"aws:SecureTransport\":\"false\"", bucketPolicy, StringComparison.Ordinal);
    }

    /// <summary>The bucket the API stores invoices in: the one its INVOICES_BUCKET names, not the pictures'.</summary>
    private string InvoicesBucketId()
    {
        var id = shop.Json.ReferencedIds(shop.Json.FunctionEnvironment()[ShopSettings.InvoicesBucket]).Single();
        Assert.NotEqual(ImagesBucketId(), id);
        return id;
    }

    /// <summary>The bucket the API signs picture URLs for: the one its S3_BUCKET names.</summary>
    private string ImagesBucketId() =>
        shop.Json.ReferencedIds(shop.Json.FunctionEnvironment()[ShopSettings.ImagesBucket]).Single();
}
