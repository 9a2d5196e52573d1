using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The stage's secrets are generated, never in the function's environment: the function
/// reads them at run time (SECRET_PARAMETERS) and may read those and no other. The sweep's schedule
/// carries none: IAM is what lets it, and only it besides API Gateway, invoke the function.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class SecretTests(SynthesizedShop shop)
{
    [Fact]
    public void The_sweeps_rule_sends_its_own_event_and_no_secret()
    {
        var target = Assert.Single(shop.Json.Resources("AWS::Events::Rule").Single().Resource.Properties()["Targets"]!.AsArray())!;

        Assert.Null(target["Input"]);
        Assert.Null(target["InputTransformer"]);
        Assert.Null(target["InputPath"]);
    }

    [Fact]
    public void Only_api_gateway_and_the_sweeps_rule_may_invoke_the_function()
    {
        var function = shop.Json.Resources("AWS::Lambda::Function").Single().Id;
        var rule = shop.Json.Resources("AWS::Events::Rule").Single().Id;
        var permissions = shop.Json.Resources("AWS::Lambda::Permission")
            .Select(p => p.Resource.Properties())
            .Where(p => shop.Json.ReferencedIds(p["FunctionName"]).Contains(function))
            .ToList();

        Assert.All(permissions, p => Assert.Equal("lambda:InvokeFunction", p["Action"]!.GetValue<string>()));
        Assert.All(permissions, p => Assert.NotNull(p["SourceArn"]));
        var byEvents = Assert.Single(permissions, p => p["Principal"]!.GetValue<string>() == "events.amazonaws.com");
        Assert.Equal([rule], shop.Json.ReferencedIds(byEvents["SourceArn"]));
        Assert.All(permissions.Where(p => p != byEvents), p => Assert.Equal("apigateway.amazonaws.com", p["Principal"]!.GetValue<string>()));
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
            [ShopSettings.CloudFrontOriginSecret, ShopSettings.PageCursorSecret, ShopSettings.PaymentWebhookSecret],
            runtime.Keys.Order());
        Assert.Equal(secrets.Select(s => StackRules.SecretName(shop.Json, s.Id)).Order(), runtime.Values.Order());
        Assert.Equal(secrets.Select(s => s.Id).ToHashSet(), readable);
        Assert.Contains("ssm:GetParameter", string.Join('\n', policies.Select(p => p.ToJsonString())), StringComparison.Ordinal);
    }
}
