using System.Text.Json.Nodes;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>CloudFront adds to the storefront's files the security headers the API sends itself,
/// both from <see cref="SecurityHeaderValues"/>.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class ResponseHeadersTests(SynthesizedShop shop)
{
    [Fact]
    public void The_storefront_and_api_behaviours_send_the_apps_security_headers()
    {
        var (policyId, policy) = shop.Json.Resources("AWS::CloudFront::ResponseHeadersPolicy").Single();
        var headers = policy.Properties()["ResponseHeadersPolicyConfig"]!["SecurityHeadersConfig"]!;
        var config = shop.Json.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!;

        Assert.Equal([policyId], shop.Json.ReferencedIds(config["DefaultCacheBehavior"]!["ResponseHeadersPolicyId"]));
        Assert.Equal([policyId], shop.Json.ReferencedIds(config["CacheBehaviors"]![0]!["ResponseHeadersPolicyId"]));
        Assert.Equal(SecurityHeaderValues.FrameOptions, headers["FrameOptions"]!["FrameOption"]!.GetValue<string>());
        Assert.Equal(SecurityHeaderValues.ReferrerPolicy, headers["ReferrerPolicy"]!["ReferrerPolicy"]!.GetValue<string>());
        Assert.True(headers["ContentTypeOptions"]!["Override"]!.GetValue<bool>());
        Assert.Equal(SecurityHeaderValues.StrictTransportSecurityMaxAgeSeconds, headers["StrictTransportSecurity"]!["AccessControlMaxAgeSec"]!.GetValue<int>());
        Assert.True(headers["StrictTransportSecurity"]!["IncludeSubdomains"]!.GetValue<bool>());
        var csp = headers["ContentSecurityPolicy"]!["ContentSecurityPolicy"]!;
        // The API's policy with the region's bucket origins; the region is CloudFormation's: compare the literal parts.
        var literal = string.Concat(csp["Fn::Join"]![1]!.AsArray().OfType<JsonValue>().Select(v => v.GetValue<string>()));
        Assert.Equal(SecurityHeaderValues.ContentSecurityPolicy(SecurityHeaderValues.RegionalBucketOrigins("")), literal);
        Assert.Contains(csp["Fn::Join"]![1]!.AsArray(), part => part is JsonObject reference && reference["Ref"]?.GetValue<string>() == "AWS::Region");
    }
}
