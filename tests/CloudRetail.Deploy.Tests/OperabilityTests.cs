using System.Text.Json;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Issue 21 §4: traces, access logs with the request id, a sweep that retries into a
/// dead-letter queue, and reserved concurrency as a deploy parameter.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class OperabilityTests(SynthesizedShop shop)
{
    [Fact]
    public void The_function_sends_its_traces_to_x_ray() =>
        Assert.Equal("Active", shop.Json.Resources("AWS::Lambda::Function").Single().Resource.Properties()["TracingConfig"]!["Mode"]!.ToString());

    [Fact]
    public void The_stage_writes_json_access_logs_with_the_request_id_to_its_own_log_group()
    {
        var stage = shop.Json.Resources("AWS::ApiGatewayV2::Stage").Single().Resource.Properties();
        var settings = stage["AccessLogSettings"]!;
        using var format = JsonDocument.Parse(settings["Format"]!.GetValue<string>());

        Assert.Equal("$context.requestId", format.RootElement.GetProperty("requestId").GetString());
        Assert.Equal("$context.status", format.RootElement.GetProperty("status").GetString());
        Assert.Equal("$context.responseLatency", format.RootElement.GetProperty("latencyMs").GetString());
        var logGroup = Assert.Single(shop.Json.ReferencedIds(settings["DestinationArn"]));
        Assert.Equal("AWS::Logs::LogGroup", shop.Json["Resources"]![logGroup]!["Type"]!.GetValue<string>());
    }

    [Fact]
    public void The_sweep_rule_retries_and_parks_what_still_fails_in_an_encrypted_dead_letter_queue()
    {
        var target = shop.Json.Resources("AWS::Events::Rule").Single().Resource.Properties()["Targets"]![0]!;
        var queue = Assert.Single(shop.Json.ReferencedIds(target["DeadLetterConfig"]!["Arn"]));

        Assert.Equal(ShopStack.SweepRetryAttempts, target["RetryPolicy"]!["MaximumRetryAttempts"]!.GetValue<int>());
        Assert.InRange(target["RetryPolicy"]!["MaximumEventAgeInSeconds"]!.GetValue<int>(), 60, 300);
        Assert.Equal("AWS::SQS::Queue", shop.Json["Resources"]![queue]!["Type"]!.GetValue<string>());
        Assert.True(shop.Json["Resources"]![queue]!["Properties"]!["SqsManagedSseEnabled"]!.GetValue<bool>());
        // EventBridge may send to it, and only for this rule.
        shop.Template.HasResourceProperties("AWS::SQS::QueuePolicy", Match.ObjectLike(new Dictionary<string, object>
        {
            ["PolicyDocument"] = Match.ObjectLike(new Dictionary<string, object>
            {
                ["Statement"] = Match.ArrayWith(new object[]
                {
                    Match.ObjectLike(new Dictionary<string, object>
                    {
                        ["Action"] = "sqs:SendMessage",
                        ["Principal"] = new Dictionary<string, object> { ["Service"] = "events.amazonaws.com" },
                    }),
                }),
            }),
        }));
    }

    [Fact]
    public void Reserved_concurrency_is_unset_by_default_and_a_deploy_parameter() =>
        Assert.Null(shop.Json.Resources("AWS::Lambda::Function").Single().Resource.Properties()["ReservedConcurrentExecutions"]);

    [Fact]
    public void Context_reserves_the_functions_concurrency()
    {
        var outdir = Directory.CreateTempSubdirectory("cloudretail-concurrency-").FullName;
        try
        {
            var template = SynthesizedShop.Synthesize(DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["apiReservedConcurrency"] = "40",
            }), outdir);

            Assert.Equal(40, template.Resources("AWS::Lambda::Function").Single().Resource.Properties()["ReservedConcurrentExecutions"]!.GetValue<int>());
        }
        finally
        {
            Directory.Delete(outdir, recursive: true);
        }
    }
}
