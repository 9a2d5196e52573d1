using Amazon.CDK;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Issue 21 §1's outer shield: a WAF web ACL on the distribution (rate per IP, AWS's common
/// rules), per-route throttles under the stage's, and no way around CloudFront into the API.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class EdgeShieldTests(SynthesizedShop shop)
{
    private const string AclArn = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/cloudretail-dev-edge/abcd";

    [Fact]
    public void The_edge_stack_lives_in_us_east_1_with_a_rate_rule_per_ip_and_the_common_rule_set()
    {
        var app = new App(new AppProps { Context = DeployContext.FromCdkJson(new Dictionary<string, object> { ["sesFromEmail"] = SynthesizedShop.SenderEmail }).ToDictionary() });
        var edge = new EdgeShieldStack(app, "Edge", DeploySettings.From(app.Node), "123456789012");
        var template = Template.FromStack(edge);

        Assert.Equal(EdgeShieldStack.AclRegion, edge.Region);
        template.HasResourceProperties("AWS::WAFv2::WebACL", Match.ObjectLike(new Dictionary<string, object>
        {
            ["Scope"] = "CLOUDFRONT",
            ["DefaultAction"] = new Dictionary<string, object> { ["Allow"] = new Dictionary<string, object>() },
            ["Rules"] = Match.ArrayWith(new object[]
            {
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Name"] = ShopWebAcl.RatePerIpRule,
                    ["Action"] = new Dictionary<string, object> { ["Block"] = new Dictionary<string, object>() },
                    ["Statement"] = new Dictionary<string, object>
                    {
                        ["RateBasedStatement"] = new Dictionary<string, object> { ["AggregateKeyType"] = "IP", ["Limit"] = 2000 },
                    },
                }),
                Match.ObjectLike(new Dictionary<string, object>
                {
                    ["Name"] = ShopWebAcl.CommonRuleSet,
                    ["Statement"] = new Dictionary<string, object>
                    {
                        ["ManagedRuleGroupStatement"] = new Dictionary<string, object> { ["VendorName"] = "AWS", ["Name"] = "AWSManagedRulesCommonRuleSet" },
                    },
                }),
            }),
        }));
        template.HasOutput("WebAclArn", Match.AnyValue());
    }

    [Fact]
    public void The_distribution_is_attached_to_the_web_acl_given_in_context()
    {
        var outdir = Directory.CreateTempSubdirectory("cloudretail-edge-").FullName;
        try
        {
            var template = SynthesizedShop.Synthesize(DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["webAclArn"] = AclArn,
                ["apiDomainName"] = "api.shop.example.com",
                ["apiCertificateArn"] = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd",
            }), outdir);
            var distribution = template.Resources("AWS::CloudFront::Distribution").Single().Resource.Properties()["DistributionConfig"]!;
            var api = template.Resources("AWS::ApiGatewayV2::Api").Single().Resource.Properties();
            var apiOrigin = distribution["Origins"]!.AsArray().Single(o => o!["CustomOriginConfig"] is not null)!;

            Assert.Equal(AclArn, distribution["WebACLId"]!.GetValue<string>());
            // Only CloudFront, and so the WAF, can reach the API: its own host, the default endpoint off.
            Assert.True(api["DisableExecuteApiEndpoint"]!.GetValue<bool>());
            Assert.Equal("api.shop.example.com", apiOrigin["DomainName"]!.GetValue<string>());
            Assert.Single(template.Resources("AWS::ApiGatewayV2::ApiMapping"));
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }

    [Fact]
    public void Login_auth_search_checkout_and_payment_routes_have_throttles_below_the_stages()
    {
        var stage = shop.Json.Resources("AWS::ApiGatewayV2::Stage").Single().Resource.Properties();
        var stageRate = DeployContext.Number(shop.Context, "apiThrottleRate");
        var stageBurst = DeployContext.Number(shop.Context, "apiThrottleBurst");
        var routes = shop.Json.Resources("AWS::ApiGatewayV2::Route").Select(r => r.Resource.Properties()["RouteKey"]!.GetValue<string>()).ToHashSet();
        var settings = stage["RouteSettings"]!.AsObject();

        foreach (var key in new[] { "POST /api/auth/login", "POST /api/auth/{proxy+}", "GET /api/products", "POST /api/orders/checkout", "POST /api/payments" })
        {
            Assert.Contains(key, routes);
            var rate = settings[key]!["ThrottlingRateLimit"]!.GetValue<double>();
            var burst = settings[key]!["ThrottlingBurstLimit"]!.GetValue<double>();
            Assert.InRange(rate, 1, stageRate - 1);
            Assert.InRange(burst, 1, stageBurst - 1);
        }
        Assert.True(settings["POST /api/auth/login"]!["ThrottlingRateLimit"]!.GetValue<double>()
            < settings["GET /api/products"]!["ThrottlingRateLimit"]!.GetValue<double>());
    }

    [Fact]
    public void Without_its_own_domain_a_test_stage_keeps_the_execute_api_endpoint_cloudfront_uses() =>
        Assert.False(shop.Json.Resources("AWS::ApiGatewayV2::Api").Single().Resource.Properties()["DisableExecuteApiEndpoint"]?.GetValue<bool>() ?? false);

    [Theory]
    [InlineData("http://localhost:4200")]
    [InlineData("http://127.0.0.1:8080")]
    public void The_prod_stage_refuses_a_localhost_cors_origin(string origin)
    {
        var app = new App(new AppProps { Context = ProdContext(new() { ["storefrontOrigin"] = origin }).ToDictionary() });

        var refused = Assert.Throws<ArgumentException>(() => DeploySettings.From(app.Node));
        Assert.Contains("localhost CORS origin", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webAclArn")]
    [InlineData("alarmEmail")]
    [InlineData("apiDomainName")]
    public void The_prod_stage_needs_a_web_acl_an_alarm_address_and_an_api_domain(string missing)
    {
        var context = ProdContext([]);
        context.Remove(missing);
        var app = new App(new AppProps { Context = context.ToDictionary() });

        var refused = Assert.Throws<ArgumentException>(() => DeploySettings.From(app.Node));
        Assert.Contains(missing, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_prod_context_is_accepted()
    {
        var app = new App(new AppProps { Context = ProdContext([]).ToDictionary() });

        Assert.Equal(AclArn, DeploySettings.From(app.Node).WebAclArn);
    }

    public static Dictionary<string, object> ProdContext(Dictionary<string, object> overrides)
    {
        var context = DeployContext.FromCdkJson(new Dictionary<string, object>
        {
            ["stage"] = "prod",
            ["sesFromEmail"] = SynthesizedShop.SenderEmail,
            ["shopLegalName"] = "Example Pte. Ltd.",
            ["shopLegalAddress"] = "1 Example Road; Singapore 000001",
            ["storefrontOrigin"] = "https://shop.example.com",
            ["webAclArn"] = AclArn,
            ["alarmEmail"] = "ops@example.com",
            ["apiDomainName"] = "api.shop.example.com",
            ["apiCertificateArn"] = "arn:aws:acm:eu-west-1:123456789012:certificate/abcd",
        });
        foreach (var (key, value) in overrides)
        {
            context[key] = value;
        }
        return context;
    }
}
