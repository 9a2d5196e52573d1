using CloudRetail.BuildingBlocks;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The function's rate limits, trusted proxy and metrics export (issue #11, sections 3 and 7).</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class OperationsTests(SynthesizedShop shop)
{
    [Fact]
    public void The_function_runs_with_the_default_limits_and_trusts_only_the_web_adapter()
    {
        var environment = shop.Json.FunctionEnvironment();

        Assert.Equal("10", environment[ShopSettings.RateLimitLoginFailures]!.ToString());
        Assert.Equal("30", environment[ShopSettings.RateLimitAuthPer10Minutes]!.ToString());
        Assert.Equal("20", environment[ShopSettings.RateLimitOrdersPerMinute]!.ToString());
        Assert.Equal("60", environment[ShopSettings.RateLimitSearchPerMinute]!.ToString());
        Assert.Equal("DYNAMODB", environment[ShopSettings.RateLimitStore]!.ToString());
        Assert.Equal("127.0.0.1", environment[ShopSettings.TrustedProxies]!.ToString());
        Assert.False(environment.ContainsKey(ShopSettings.OtlpEndpoint));
    }

    [Fact]
    public void Context_turns_a_limit_off_and_names_a_metrics_collector()
    {
        var outdir = Directory.CreateTempSubdirectory("cloudretail-ops-").FullName;
        try
        {
            var template = SynthesizedShop.Synthesize(DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["rateLimitOrdersPerMinute"] = "0",
                ["otlpEndpoint"] = "http://localhost:4318",
            }), outdir);

            var environment = template.FunctionEnvironment();
            Assert.Equal("0", environment[ShopSettings.RateLimitOrdersPerMinute]!.ToString());
            Assert.Equal("10", environment[ShopSettings.RateLimitLoginFailures]!.ToString());
            Assert.Equal("http://localhost:4318", environment[ShopSettings.OtlpEndpoint]!.ToString());
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
