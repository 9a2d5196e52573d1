using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>Issue 21 §4: alarms to an SNS topic e-mailed to a deploy parameter, the shop's own
/// counts read by the names the app writes, and one dashboard.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class AlarmTests(SynthesizedShop shop)
{
    public static readonly string[] Named =
    [
        ShopAlarms.LambdaErrors, ShopAlarms.LambdaThrottles, ShopAlarms.Api5xxRate, ShopAlarms.ApiLatencyP99,
        ShopAlarms.SweepUnsettled, ShopAlarms.SweepDeadLetters, ShopAlarms.SweepSilent, ShopAlarms.FailedEmails, ShopAlarms.FailedInvoices,
    ];

    [Fact]
    public void Every_alarm_notifies_the_stages_topic_when_it_fires_and_when_it_clears()
    {
        var topic = Assert.Single(shop.Json.Resources("AWS::SNS::Topic")).Id;
        var alarms = Alarms(shop.Json);

        Assert.All(Named, name => Assert.Contains($"cloudretail-dev-{name}", alarms.Keys));
        foreach (var (name, alarm) in alarms)
        {
            Assert.Equal([topic], shop.Json.ReferencedIds(alarm["AlarmActions"]));
            Assert.Equal([topic], shop.Json.ReferencedIds(alarm["OKActions"]));
            Assert.Contains("docs/deploy.md#", alarm["AlarmDescription"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_table_has_a_throttle_alarm() =>
        Assert.Equal(
            shop.Json.Resources("AWS::DynamoDB::Table").Count(),
            Alarms(shop.Json).Keys.Count(name => name.StartsWith($"cloudretail-dev-{ShopAlarms.DynamoDbThrottles}-", StringComparison.Ordinal)));

    [Theory]
    [InlineData(ShopAlarms.SweepUnsettled, ShopMetricNames.SweepUnsettled, null)]
    [InlineData(ShopAlarms.SweepSilent, ShopMetricNames.SweepUnsettled, null)]
    [InlineData(ShopAlarms.FailedEmails, ShopMetricNames.Emails, ShopMetricNames.Failed)]
    [InlineData(ShopAlarms.FailedInvoices, ShopMetricNames.Invoices, ShopMetricNames.Failed)]
    public void The_shops_own_alarms_read_the_metrics_the_app_writes(string alarm, string metric, string? outcome)
    {
        var properties = Alarms(shop.Json)[$"cloudretail-dev-{alarm}"];

        Assert.Equal(ShopMetricNames.Namespace("dev"), properties["Namespace"]!.GetValue<string>());
        Assert.Equal(metric, properties["MetricName"]!.GetValue<string>());
        var dimensions = properties["Dimensions"]?.AsArray().Select(d => $"{d!["Name"]}={d["Value"]}").ToArray() ?? [];
        Assert.Equal(outcome is null ? [] : [$"{ShopMetricNames.Outcome}={outcome}"], dimensions);
    }

    [Fact]
    public void A_sweep_that_stops_reporting_its_runs_alarms_as_missing_data_counts_against_it()
    {
        var silent = Alarms(shop.Json)[$"cloudretail-dev-{ShopAlarms.SweepSilent}"];

        Assert.Equal(ShopMetricNames.SweepUnsettled, silent["MetricName"]!.GetValue<string>());
        Assert.Equal("SampleCount", silent["Statistic"]!.GetValue<string>());
        Assert.Equal("LessThanThreshold", silent["ComparisonOperator"]!.GetValue<string>());
        Assert.Equal(1, silent["Threshold"]!.GetValue<double>());
        Assert.Equal(3, silent["EvaluationPeriods"]!.GetValue<int>());
        Assert.Equal("breaching", silent["TreatMissingData"]!.GetValue<string>());
    }

    [Fact]
    public void The_function_is_told_the_namespace_the_alarms_read() =>
        Assert.Equal(ShopMetricNames.Namespace("dev"), shop.Json.FunctionEnvironment()[ShopSettings.MetricsNamespace]!.GetValue<string>());

    [Fact]
    public void The_api_5xx_alarm_is_a_rate_of_the_requests()
    {
        var metrics = Alarms(shop.Json)[$"cloudretail-dev-{ShopAlarms.Api5xxRate}"]["Metrics"]!.AsArray();

        Assert.Contains(metrics, m => m!["Expression"]?.GetValue<string>().Contains("errors / requests", StringComparison.Ordinal) == true);
        Assert.Contains(metrics, m => m!["MetricStat"]?["Metric"]?["MetricName"]?.GetValue<string>() == "5xx");
        Assert.Contains(metrics, m => m!["MetricStat"]?["Metric"]?["MetricName"]?.GetValue<string>() == "Count");
    }

    [Fact]
    public void Without_an_alarm_address_the_topic_e_mails_no_one() =>
        Assert.Empty(shop.Json.Resources("AWS::SNS::Subscription"));

    [Fact]
    public void The_alarm_address_in_context_subscribes_to_both_stacks_topics()
    {
        var app = new App(new AppProps
        {
            Context = DeployContext.FromCdkJson(new Dictionary<string, object>
            {
                ["sesFromEmail"] = SynthesizedShop.SenderEmail,
                ["alarmEmail"] = "ops@example.com",
            }).ToDictionary(),
        });
        var settings = DeploySettings.From(app.Node);
        var stack = new Stack(app, "Topic");
        _ = ShopAlarms.AlarmTopic(stack, settings);
        var edge = new EdgeShieldStack(app, "Edge", settings, "123456789012");

        foreach (var template in new[] { Template.FromStack(stack), Template.FromStack(edge) })
        {
            template.HasResourceProperties("AWS::SNS::Subscription", Match.ObjectLike(new Dictionary<string, object>
            {
                ["Protocol"] = "email",
                ["Endpoint"] = "ops@example.com",
            }));
        }
    }

    [Fact]
    public void The_edge_stack_alarms_on_a_spike_of_blocked_requests()
    {
        var app = new App(new AppProps { Context = DeployContext.FromCdkJson(new Dictionary<string, object> { ["sesFromEmail"] = SynthesizedShop.SenderEmail }).ToDictionary() });
        var edge = new EdgeShieldStack(app, "Edge", DeploySettings.From(app.Node), "123456789012");
        var json = JsonNode.Parse(File.ReadAllText(app.Synth().GetStackArtifact(edge.ArtifactId).TemplateFullPath))!.AsObject();
        var alarm = Assert.Single(json.Resources("AWS::CloudWatch::Alarm")).Resource.Properties();
        var metrics = alarm["Metrics"]!.AsArray();
        var blocked = metrics.Single(m => m!["MetricStat"] is not null)!["MetricStat"]!["Metric"]!;

        Assert.Equal("GreaterThanUpperThreshold", alarm["ComparisonOperator"]!.GetValue<string>());
        Assert.StartsWith("ANOMALY_DETECTION_BAND(", metrics.Single(m => m!["Expression"] is not null)!["Expression"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("BlockedRequests", blocked["MetricName"]!.GetValue<string>());
        Assert.Contains(blocked["Dimensions"]!.AsArray(), d => d!["Name"]!.GetValue<string>() == "WebACL" && d["Value"]!.GetValue<string>() == "cloudretail-dev-edge");
        Assert.Equal([json.Resources("AWS::SNS::Topic").Single().Id], json.ReferencedIds(alarm["AlarmActions"]));
    }

    [Fact]
    public void One_dashboard_shows_the_shops_metrics_beside_the_platforms()
    {
        var (_, dashboard) = Assert.Single(shop.Json.Resources("AWS::CloudWatch::Dashboard"));
        var body = dashboard.Properties()["DashboardBody"]!.ToJsonString();

        foreach (var metric in new[] { ShopMetricNames.OrdersPlaced, ShopMetricNames.Revenue, ShopMetricNames.Checkouts, ShopMetricNames.PaymentCharges,
            ShopMetricNames.Emails, ShopMetricNames.Invoices, ShopMetricNames.SweepUnsettled })
        {
            Assert.Contains(metric, body, StringComparison.Ordinal);
        }
        foreach (var platform in new[] { "AWS/Lambda", "AWS/ApiGateway", "AWS/DynamoDB", "AWS/CloudFront", "AWS/WAFV2" })
        {
            Assert.Contains(platform, body, StringComparison.Ordinal);
        }
        Assert.Contains("refused", body, StringComparison.Ordinal);
    }

    /// <summary>The stack's alarms by name.</summary>
    private static Dictionary<string, JsonObject> Alarms(JsonObject json) =>
        json.Resources("AWS::CloudWatch::Alarm").ToDictionary(a => a.Resource.Properties()["AlarmName"]!.GetValue<string>(), a => a.Resource.Properties());
}
