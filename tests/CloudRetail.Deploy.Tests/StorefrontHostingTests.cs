using System.Diagnostics;
using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using CloudRetail.BuildingBlocks;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The web app in a private bucket behind CloudFront, with the API on the same origin.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class StorefrontHostingTests(SynthesizedShop shop)
{
    private const string CachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    private const string CachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    [Fact]
    public void The_app_bucket_is_private_and_readable_only_by_this_distribution_through_origin_access_control()
    {
        var (distributionId, distribution) = shop.Json.Resources("AWS::CloudFront::Distribution").Single();
        var origins = distribution.Properties()["DistributionConfig"]!["Origins"]!.AsArray();
        var s3Origin = origins.Single(o => o!["S3OriginConfig"] is not null)!;
        var bucketId = shop.Json.ReferencedIds(s3Origin["DomainName"]).Single();
        var oacId = shop.Json.ReferencedIds(s3Origin["OriginAccessControlId"]).Single();

        Assert.Equal("AWS::S3::Bucket", (string?)shop.Json["Resources"]![bucketId]!["Type"]);
        Assert.Equal(new[] { true, true, true, true }, PublicAccessBlock(bucketId));
        shop.Template.HasResourceProperties("AWS::CloudFront::OriginAccessControl", Match.ObjectLike(new Dictionary<string, object>
        {
            ["OriginAccessControlConfig"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["OriginAccessControlOriginType"] = "s3",
                ["SigningBehavior"] = "always",
                ["SigningProtocol"] = "sigv4",
            }),
        }));
        Assert.Equal("AWS::CloudFront::OriginAccessControl", (string?)shop.Json["Resources"]![oacId]!["Type"]);
        var policy = shop.Json.Resources("AWS::S3::BucketPolicy").Single(p => shop.Json.ReferencedIds(p.Resource.Properties()["Bucket"]).Contains(bucketId));
        var grant = policy.Resource.Properties()["PolicyDocument"]!["Statement"]!.AsArray()
            .Single(s => (string?)s!["Principal"]?["Service"] == "cloudfront.amazonaws.com")!;
        Assert.Equal("s3:GetObject", (string?)grant["Action"]);
        Assert.Contains(distributionId, shop.Json.ReferencedIds(grant["Condition"]));
    }

    [Fact]
    public void Api_paths_go_uncached_to_the_http_api_with_every_method()
    {
        var config = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!;
        var api = config["CacheBehaviors"]!.AsArray().Single(b => (string?)b!["PathPattern"] == StorefrontHosting.ApiPathPattern)!;
        var origin = config["Origins"]!.AsArray().Single(o => (string?)o!["Id"] == (string?)api["TargetOriginId"])!;
        var apiId = shop.Json.Resources("AWS::ApiGatewayV2::Api").Single().Id;

        Assert.Contains(apiId, shop.Json.ReferencedIds(origin["DomainName"]));
        Assert.Equal("https-only", (string?)origin["CustomOriginConfig"]!["OriginProtocolPolicy"]);
        Assert.Equal(CachingDisabled, (string?)api["CachePolicyId"]);
        Assert.NotNull(api["OriginRequestPolicyId"]);
        Assert.Equal(new[] { "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT" }, api["AllowedMethods"]!.AsArray().Select(m => (string)m!).Order());
        Assert.Null(api["FunctionAssociations"]);
    }

    [Theory]
    [InlineData("/", "/index.html")]
    [InlineData("/orders/3b2f0c1e", "/index.html")]
    [InlineData("/admin/products", "/index.html")]
    [InlineData("/main-ABCD1234.js", "/main-ABCD1234.js")]
    [InlineData("/media/logo.svg", "/media/logo.svg")]
    public void Deep_links_of_the_app_answer_index_html_and_files_stay_files(string uri, string expected)
    {
        var config = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!;
        var association = config["DefaultCacheBehavior"]!["FunctionAssociations"]!.AsArray().Single()!;
        var function = shop.Json.Resources("AWS::CloudFront::Function").Single();

        Assert.Equal("viewer-request", (string?)association["EventType"]);
        Assert.Contains(function.Id, shop.Json.ReferencedIds(association["FunctionARN"]));
        Assert.Equal("index.html", (string?)config["DefaultRootObject"]);
        Assert.Equal(expected, RunViewerRequest((string)function.Resource.Properties()["FunctionCode"]!, uri));
    }

    [Fact]
    public void The_app_is_compressed_at_the_edge_for_browsers_that_accept_brotli_or_gzip()
    {
        var app = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!["DefaultCacheBehavior"]!;

        Assert.True((bool?)app["Compress"]);
        Assert.Equal(CachingOptimized, (string?)app["CachePolicyId"]);
    }

    [Fact]
    public void E_mail_links_point_at_the_distribution_and_operators_get_what_an_upload_needs()
    {
        var distributionId = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Id;

        Assert.Contains(distributionId, shop.Json.ReferencedIds(shop.Json.FunctionEnvironment()[ShopSettings.StorefrontUrl]));
        shop.Template.HasOutput("StorefrontUrl", Match.AnyValue());
        shop.Template.HasOutput("StorefrontBucketName", Match.AnyValue());
        shop.Template.HasOutput("StorefrontDistributionId", Match.AnyValue());
    }

    private bool[] PublicAccessBlock(string bucketId)
    {
        var block = shop.Json["Resources"]![bucketId]!["Properties"]!["PublicAccessBlockConfiguration"]!;
        return new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }.Select(k => (bool)block[k]!).ToArray();
    }

    /// <summary>Runs the CloudFront function's code in Node with an event of the given URI.</summary>
    private static string RunViewerRequest(string code, string uri)
    {
        var script = $"{code}\nconsole.log(handler({{ request: {{ uri: {JsonValue.Create(uri)!.ToJsonString()} }} }}).uri);";
        using var node = Process.Start(new ProcessStartInfo("node", ["-e", script]) { RedirectStandardOutput = true })!;
        var output = node.StandardOutput.ReadToEnd().Trim();
        node.WaitForExit();
        Assert.Equal(0, node.ExitCode);
        return output;
    }
}
