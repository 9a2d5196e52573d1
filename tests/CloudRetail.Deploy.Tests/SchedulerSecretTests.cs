using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The stage's secrets are generated, never in the function's environment: the function
/// reads them at run time (SECRET_PARAMETERS) and may read those and no other. The sweep's schedule
/// carries the scheduler's secret as a deploy-time reference.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class SchedulerSecretTests(SynthesizedShop shop)
{
    [Fact]
    public void The_function_and_the_sweep_event_share_the_same_generated_secret()
    {
        var target = Assert.Single(shop.Json.Resources("AWS::Events::Rule").Single().Resource.Properties()["Targets"]!.AsArray())!;
        var secretId = Assert.Single(shop.Json.ReferencedIds(target["Input"]));
        var secret = shop.Json["Resources"]![secretId]!.AsObject();

        Assert.NotNull(secret.Properties()["GenerateSecretString"]);
        Assert.Equal(StackRules.SecretName(shop.Json, secretId), StackRules.RuntimeSecrets(shop.Json)[ShopSettings.SchedulerSecret]);
        var literalParts = string.Concat(target["Input"]!["Fn::Join"]![1]!.AsArray().OfType<JsonValue>().Select(v => v.GetValue<string>()));
        Assert.StartsWith($"{{\"{SchedulerSecretFilter.EventField}\":\"{{{{resolve:secretsmanager:", literalParts, StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_value_or_reference_is_in_the_functions_environment()
    {
        var environment = shop.Json.FunctionEnvironment();
        var secrets = shop.Json.Resources("AWS::SecretsManager::Secret").Select(s => s.Id).ToHashSet();

        Assert.DoesNotContain("{{resolve:", environment.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(shop.Json.ReferencedIds(environment), secrets.Contains);
        foreach (var setting in new[] { ShopSettings.SchedulerSecret, ShopSettings.PageCursorSecret, ShopSettings.PaymentWebhookSecret, ShopSettings.CloudFrontOriginSecret })
        {
            Assert.False(environment.ContainsKey(setting), $"{setting} is in the environment");
        }
    }

    [Fact]
    public void The_function_reads_each_of_its_secrets_at_run_time_and_no_other()
    {
        var runtime = StackRules.RuntimeSecrets(shop.Json);
        var secrets = shop.Json.Resources("AWS::SecretsManager::Secret").ToList();
        var policies = shop.Json.Resources("AWS::IAM::Policy").Concat(shop.Json.Resources("AWS::IAM::ManagedPolicy")).Select(p => p.Resource).ToList();
        var readable = policies
            .SelectMany(p => p.Properties()["PolicyDocument"]!["Statement"]!.AsArray())
            .Where(s => s!["Action"].AsList().Any(a => a!.GetValue<string>() == "secretsmanager:GetSecretValue"))
            .SelectMany(s => shop.Json.ReferencedIds(s!["Resource"]))
            .ToHashSet();

        Assert.Equal(
            [ShopSettings.CloudFrontOriginSecret, ShopSettings.PageCursorSecret, ShopSettings.PaymentWebhookSecret, ShopSettings.SchedulerSecret],
            runtime.Keys.Order());
        Assert.Equal(secrets.Select(s => StackRules.SecretName(shop.Json, s.Id)).Order(), runtime.Values.Order());
        Assert.Equal(secrets.Select(s => s.Id).ToHashSet(), readable);
        Assert.Contains("ssm:GetParameter", string.Join('\n', policies.Select(p => p.ToJsonString())), StringComparison.Ordinal);
    }
}
