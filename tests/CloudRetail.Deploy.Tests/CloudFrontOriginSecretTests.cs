using CloudRetail.BuildingBlocks;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The API believes CloudFront-Viewer-Address only on a request carrying the origin secret:
/// the distribution forwards the header and adds the secret, and the function reads the same secret at run time.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class CloudFrontOriginSecretTests(SynthesizedShop shop)
{
    [Fact]
    public void Api_requests_reach_the_function_with_the_viewer_address_and_the_generated_origin_secret() =>
        StackRules.ApiOriginProvesItCameThroughCloudFront(shop.Json);

    [Fact]
    public void The_stack_uses_the_policy_and_header_the_rule_checks()
    {
        Assert.Equal(StackRules.AllViewerExceptHostHeader, StorefrontHosting.ApiOriginRequests.OriginRequestPolicyId);
        Assert.Equal("X-Origin-Verify", StorefrontHosting.OriginSecretHeader);
        Assert.Equal("CLOUDFRONT_ORIGIN_SECRET", ShopSettings.CloudFrontOriginSecret);
    }
}
