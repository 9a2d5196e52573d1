using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The sweep's schedule and the function share one generated secret, which the template
/// only refers to: the app refuses scheduled calls without it.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class SchedulerSecretTests(SynthesizedShop shop)
{
    [Fact]
    public void The_function_and_the_sweep_event_carry_the_same_generated_secret()
    {
        var environment = shop.Json.FunctionEnvironment()[ShopSettings.SchedulerSecret];
        var (secretId, secret) = shop.Json.Resources("AWS::SecretsManager::Secret").Single(s => shop.Json.ReferencedIds(environment).Contains(s.Id));
        var target = Assert.Single(shop.Json.Resources("AWS::Events::Rule").Single().Resource.Properties()["Targets"]!.AsArray())!;

        Assert.NotNull(secret.Properties()["GenerateSecretString"]);
        Assert.Equal([secretId], shop.Json.ReferencedIds(environment));
        Assert.Equal([secretId], shop.Json.ReferencedIds(target["Input"]));
        var literalParts = string.Concat(target["Input"]!["Fn::Join"]![1]!.AsArray().OfType<System.Text.Json.Nodes.JsonValue>().Select(v => v.GetValue<string>()));
        Assert.StartsWith($"{{\"{SchedulerSecretFilter.EventField}\":\"{{{{resolve:secretsmanager:", literalParts, StringComparison.Ordinal);
    }

    [Fact]
    public void The_secret_is_resolved_at_deploy_time_and_not_readable_by_the_function()
    {
        var environment = shop.Json.FunctionEnvironment()[ShopSettings.SchedulerSecret]!.ToJsonString();
        var policies = string.Join('\n', shop.Json.Resources("AWS::IAM::Policy").Select(p => p.Resource.ToJsonString()));

        Assert.Contains("{{resolve:secretsmanager:", environment, StringComparison.Ordinal);
        Assert.DoesNotContain("secretsmanager:", policies, StringComparison.Ordinal);
    }
}
