using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.WAFv2;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// The outer shield: a WAF web ACL for the storefront's CloudFront distribution, which blocks an IP
/// past its request budget and whatever AWS's common rule set (bad inputs, known exploit patterns)
/// catches, before any request costs the function a cent. CloudFront takes only an ACL of CLOUDFRONT
/// scope, and AWS keeps those in us-east-1 whatever region the shop runs in; hence its own stack.
/// </summary>
internal sealed class ShopWebAcl : Construct
{
    public const string RatePerIpRule = "RequestsPerIp";
    public const string CommonRuleSet = "AWSManagedRulesCommonRuleSet";

    /// <summary>The metric name of the ACL's own blocked-request counts (WAF publishes them per ACL).</summary>
    public const string MetricName = "cloudretail-edge";

    public ShopWebAcl(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        Name = AclName(settings);
        Acl = new CfnWebACL(this, "Acl", new CfnWebACLProps
        {
            Name = Name,
            Scope = "CLOUDFRONT",
            Description = $"CloudRetail {settings.Stage}: per-IP rate limit and AWS's common rules in front of the storefront and API",
            DefaultAction = new CfnWebACL.DefaultActionProperty { Allow = new CfnWebACL.AllowActionProperty() },
            VisibilityConfig = Visibility(MetricName),
            Rules = new object[]
            {
                new CfnWebACL.RuleProperty
                {
                    Name = RatePerIpRule,
                    Priority = 0,
                    Action = new CfnWebACL.RuleActionProperty { Block = new CfnWebACL.BlockActionProperty() },
                    Statement = new CfnWebACL.StatementProperty
                    {
                        // CloudFront's viewer address: the real client, not an X-Forwarded-For it could write.
                        RateBasedStatement = new CfnWebACL.RateBasedStatementProperty
                        {
                            AggregateKeyType = "IP",
                            Limit = settings.WafRequestsPer5MinutesPerIp,
                        },
                    },
                    VisibilityConfig = Visibility($"{MetricName}-{RatePerIpRule}"),
                },
                new CfnWebACL.RuleProperty
                {
                    Name = CommonRuleSet,
                    Priority = 1,
                    // A managed group blocks by its own rules' actions; None keeps them.
                    OverrideAction = new CfnWebACL.OverrideActionProperty { None = new Dictionary<string, object>() },
                    Statement = new CfnWebACL.StatementProperty
                    {
                        ManagedRuleGroupStatement = new CfnWebACL.ManagedRuleGroupStatementProperty
                        {
                            VendorName = "AWS",
                            Name = CommonRuleSet,
                        },
                    },
                    VisibilityConfig = Visibility($"{MetricName}-{CommonRuleSet}"),
                },
            },
        });
    }

    public string Name { get; }

    public static string AclName(DeploySettings settings) => $"cloudretail-{settings.Stage}-edge";

    public CfnWebACL Acl { get; }

    private static CfnWebACL.VisibilityConfigProperty Visibility(string metric) => new()
    {
        CloudWatchMetricsEnabled = true,
        MetricName = metric,
        SampledRequestsEnabled = true,
    };
}

/// <summary>The web ACL's stack, always in us-east-1. Deployed before the shop's stack, whose
/// context <c>webAclArn</c> takes its output (docs/deploy.md, "Outer shield"): a plain ARN between
/// two stacks, rather than a cross-region reference, which would add a custom resource's function.</summary>
public sealed class EdgeShieldStack : Stack
{
    public const string AclRegion = "us-east-1";
    public const string BlockedSpike = "WafBlockedSpike";

    public EdgeShieldStack(Construct scope, string id, DeploySettings settings, string? account) : base(scope, id, new StackProps
    {
        Env = new Amazon.CDK.Environment { Account = account, Region = AclRegion },
        Description = $"CloudRetail shop, stage {settings.Stage}: the storefront's WAF web ACL (CLOUDFRONT scope)",
    })
    {
        var acl = new ShopWebAcl(this, "WebAcl", settings);
        // Alarms act only in their own region, and WAF counts a CLOUDFRONT ACL's requests here: this
        // stack has its own topic, e-mailed to the same address.
        var topic = ShopAlarms.AlarmTopic(this, settings);
        _ = new CfnAlarm(this, BlockedSpike, new CfnAlarmProps
        {
            AlarmName = $"cloudretail-{settings.Stage}-{BlockedSpike}",
            AlarmDescription = "The web ACL blocked far more requests than it usually does (above the band of its usual counts): an attack, or a rule blocking real shoppers. Runbook: docs/deploy.md#wafblockedspike",
            ComparisonOperator = "GreaterThanUpperThreshold",
            EvaluationPeriods = 2,
            DatapointsToAlarm = 2,
            ThresholdMetricId = "band",
            TreatMissingData = "notBreaching",
            AlarmActions = [topic.TopicArn],
            OkActions = [topic.TopicArn],
            Metrics = new object[]
            {
                new CfnAlarm.MetricDataQueryProperty
                {
                    Id = "blocked",
                    ReturnData = true,
                    MetricStat = new CfnAlarm.MetricStatProperty
                    {
                        Metric = new CfnAlarm.MetricProperty
                        {
                            Namespace = "AWS/WAFV2",
                            MetricName = "BlockedRequests",
                            Dimensions = new object[]
                            {
                                new CfnAlarm.DimensionProperty { Name = "WebACL", Value = acl.Name },
                                new CfnAlarm.DimensionProperty { Name = "Rule", Value = "ALL" },
                            },
                        },
                        Period = 300,
                        Stat = "Sum",
                    },
                },
                new CfnAlarm.MetricDataQueryProperty
                {
                    Id = "band",
                    ReturnData = true,
                    // CloudWatch learns the usual counts (by hour and weekday); 3 standard deviations above is a spike.
                    Expression = "ANOMALY_DETECTION_BAND(blocked, 3)",
                },
            },
        });
        _ = new CfnOutput(this, "WebAclArn", new CfnOutputProps
        {
            Value = acl.Acl.AttrArn,
            Description = "Pass to the shop's stack: cdk deploy CloudRetail-<stage> -c webAclArn=<this>",
        });
    }
}
