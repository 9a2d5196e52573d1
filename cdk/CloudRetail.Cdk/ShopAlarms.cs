using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>
/// What tells the shop's owner that something is wrong: one SNS topic, e-mailed to context
/// <c>alarmEmail</c>, and an alarm for each way the shop fails (docs/deploy.md, "Runbook", says what
/// each means and where to look first). The shop's own counts come from the app's EMF log lines,
/// read by the names in <see cref="ShopMetricNames"/>.
/// </summary>
internal sealed class ShopAlarms : Construct
{
    public const string LambdaErrors = "LambdaErrors";
    public const string LambdaThrottles = "LambdaThrottles";
    public const string Api5xxRate = "Api5xxRate";
    public const string ApiLatencyP99 = "ApiLatencyP99";
    public const string DynamoDbThrottles = "DynamoDbThrottles";
    public const string SweepUnsettled = "SweepUnsettled";
    public const string SweepDeadLetters = "SweepDeadLetters";
    public const string SweepSilent = "SweepSilent";
    public const string FailedEmails = "FailedEmails";
    public const string FailedInvoices = "FailedInvoices";

    public ShopAlarms(Construct scope, string id, DeploySettings settings, IFunction function, Amazon.CDK.AWS.Apigatewayv2.IHttpApi api,
        IReadOnlyDictionary<string, Table> tables, IQueue sweepDeadLetters) : base(scope, id)
    {
        Topic = AlarmTopic(this, settings);
        var action = new SnsAction(Topic);
        var fiveMinutes = Duration.Minutes(5);
        string Name(string alarm) => $"cloudretail-{settings.Stage}-{alarm}";

        void Add(string alarm, IMetric metric, double threshold, int periods, string description,
            ComparisonOperator comparison = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData missingData = TreatMissingData.NOT_BREACHING)
        {
            var created = new Alarm(this, alarm, new AlarmProps
            {
                Metric = metric,
                AlarmName = Name(alarm),
                AlarmDescription = $"{description} Runbook: docs/deploy.md#{alarm.ToLowerInvariant()}",
                Threshold = threshold,
                EvaluationPeriods = periods,
                ComparisonOperator = comparison,
                // No requests, no sweep lines: nothing is wrong (but for the alarm on the sweep's silence).
                TreatMissingData = missingData,
            });
            created.AddAlarmAction(action);
            created.AddOkAction(action);
            Alarms.Add(created);
        }

        Add(LambdaErrors, function.MetricErrors(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }), 5, 1,
            "The API function failed 5 or more invocations in 5 minutes (crashes, timeouts, out of memory).");
        Add(LambdaThrottles, function.MetricThrottles(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }), 10, 1,
            "Lambda refused 10 or more invocations in 5 minutes: the function is at its concurrency limit.");
        Add(Api5xxRate, new MathExpression(new MathExpressionProps
        {
            Expression = "IF(requests > 0, 100 * errors / requests, 0)",
            UsingMetrics = new Dictionary<string, IMetric>
            {
                ["errors"] = api.MetricServerError(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
                ["requests"] = api.MetricCount(new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
            },
            Label = "5xx answers, % of requests",
            Period = fiveMinutes,
        }), 1, 2, "More than 1% of the API's answers were 5xx, two 5-minute periods running.",
            ComparisonOperator.GREATER_THAN_THRESHOLD);
        Add(ApiLatencyP99, api.MetricLatency(new MetricOptions { Period = fiveMinutes, Statistic = "p99" }), 3000, 3,
            "The API's p99 latency was above 3 s for 15 minutes.", ComparisonOperator.GREATER_THAN_THRESHOLD);
        // One alarm a table: an alarm's expression takes only a few metrics, and the alarm's name says which table.
        foreach (var (setting, table) in tables)
        {
            Add($"{DynamoDbThrottles}-{TableLabel(setting)}", new MathExpression(new MathExpressionProps
            {
                Expression = "FILL(reads, 0) + FILL(writes, 0)",
                UsingMetrics = new Dictionary<string, IMetric>
                {
                    ["reads"] = table.Metric("ReadThrottleEvents", new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
                    ["writes"] = table.Metric("WriteThrottleEvents", new MetricOptions { Period = fiveMinutes, Statistic = "Sum" }),
                },
                Label = $"Throttled requests, {TableLabel(setting)}",
                Period = fiveMinutes,
            }), 1, 1, $"DynamoDB throttled requests to the {TableLabel(setting)} table in 5 minutes.");
        }

        var ns = ShopMetricNames.Namespace(settings.Stage);
        Add(SweepUnsettled, Shop(ns, ShopMetricNames.SweepUnsettled, null, fiveMinutes), 1, 3,
            "The reservation sweep left orders unsettled three runs in a row (15 minutes).");
        // Every run records its unsettled count, 0 included: three periods without one mean the sweep
        // did not run (its rule disabled, or its calls refused: docs/security.md), and unpaid orders keep their stock.
        Add(SweepSilent, Shop(ns, ShopMetricNames.SweepUnsettled, null, fiveMinutes).With(new MetricOptions { Statistic = "SampleCount" }), 1, 3,
            "The reservation sweep has not reported a run for 15 minutes.", ComparisonOperator.LESS_THAN_THRESHOLD, TreatMissingData.BREACHING);
        Add(SweepDeadLetters, sweepDeadLetters.MetricApproximateNumberOfMessagesVisible(new MetricOptions { Period = fiveMinutes, Statistic = "Maximum" }), 1, 1,
            "A reservation sweep run failed after its retries and was parked in the dead-letter queue.");
        Add(FailedEmails, Shop(ns, ShopMetricNames.Emails, ShopMetricNames.Failed, Duration.Minutes(15)), 3, 1,
            "Three or more e-mails failed to send in 15 minutes.");
        Add(FailedInvoices, Shop(ns, ShopMetricNames.Invoices, ShopMetricNames.Failed, Duration.Minutes(15)), 1, 1,
            "An invoice could not be numbered, rendered or stored (the sweep tries again).");
    }

    public Topic Topic { get; }

    public List<Alarm> Alarms { get; } = [];

    /// <summary>The stage's alarm topic, e-mailed to <c>alarmEmail</c> when given (the address confirms
    /// the subscription once). The edge stack has its own, as alarms act only in their own region.</summary>
    public static Topic AlarmTopic(Construct scope, DeploySettings settings)
    {
        var topic = new Topic(scope, "AlarmTopic", new TopicProps
        {
            DisplayName = $"CloudRetail {settings.Stage} alarms",
            EnforceSSL = true,
        });
        if (settings.AlarmEmail is { } email)
        {
            topic.AddSubscription(new EmailSubscription(email));
        }
        return topic;
    }

    /// <summary>A shop counter's sum, in total or for one outcome.</summary>
    public static Metric Shop(string ns, string name, string? outcome, Duration period) => new(new MetricProps
    {
        Namespace = ns,
        MetricName = name,
        DimensionsMap = outcome is null ? null : new Dictionary<string, string> { [ShopMetricNames.Outcome] = outcome },
        Statistic = "Sum",
        Period = period,
    });

    /// <summary>ORDERS_TABLE -> orders.</summary>
    public static string TableLabel(string setting) =>
        setting.EndsWith("_TABLE", StringComparison.Ordinal) ? setting[..^"_TABLE".Length].ToLowerInvariant().Replace('_', '-') : setting.ToLowerInvariant();
}
