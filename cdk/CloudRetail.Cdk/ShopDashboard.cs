using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>One CloudWatch dashboard: the shop's own metrics (orders, revenue, checkouts refused by
/// reason, payment outcomes, e-mails, invoices, the sweep) above the platform's (Lambda, API
/// Gateway, DynamoDB, CloudFront and WAF, the last two read from us-east-1 where AWS keeps them).</summary>
internal sealed class ShopDashboard : Construct
{
    private static readonly Duration Period = Duration.Minutes(5);

    public ShopDashboard(Construct scope, string id, DeploySettings settings, IFunction function, Amazon.CDK.AWS.Apigatewayv2.IHttpApi api,
        string distributionId, IEnumerable<Alarm> alarms) : base(scope, id)
    {
        var ns = ShopMetricNames.Namespace(settings.Stage);
        Dashboard = new Dashboard(this, "Dashboard", new DashboardProps
        {
            DashboardName = $"cloudretail-{settings.Stage}",
            DefaultInterval = Duration.Hours(3),
        });
        Dashboard.AddWidgets(
            new TextWidget(new TextWidgetProps
            {
                Markdown = $"# CloudRetail {settings.Stage}\nThe shop's own counts (namespace `{ns}`, from the API's EMF log lines), then the platform's. Runbook: docs/deploy.md.",
                Width = 24,
                Height = 2,
            }));
        Dashboard.AddWidgets(
            Graph("Orders placed", Search(ns, ShopMetricNames.OrdersPlaced, "currency", null, "Orders")),
            Graph("Revenue, by currency", Search(ns, ShopMetricNames.Revenue, "currency", null, "Revenue")),
            Graph("Checkouts refused, by HTTP status", Search(ns, ShopMetricNames.Checkouts, "outcome,status", "outcome=\"refused\"", "Refused")),
            Graph("Payment outcomes, by provider", Search(ns, ShopMetricNames.PaymentCharges, "outcome,provider", null, "Charges")));
        Dashboard.AddWidgets(
            Graph("Checkouts, by outcome", Search(ns, ShopMetricNames.Checkouts, "outcome", null, "Checkouts")),
            Graph("E-mails, by outcome", Search(ns, ShopMetricNames.Emails, "outcome", null, "E-mails")),
            Graph("Invoices, by outcome", Search(ns, ShopMetricNames.Invoices, "outcome", null, "Invoices")),
            Graph("Orders the sweep left unsettled", ShopAlarms.Shop(ns, ShopMetricNames.SweepUnsettled, null, Period)));
        Dashboard.AddWidgets(
            Graph("Lambda invocations, errors, throttles",
                function.MetricInvocations(Sum()), function.MetricErrors(Sum()), function.MetricThrottles(Sum())),
            Graph("Lambda duration p50 / p99",
                function.MetricDuration(new MetricOptions { Period = Period, Statistic = "p50" }),
                function.MetricDuration(new MetricOptions { Period = Period, Statistic = "p99" })),
            Graph("API requests, 4xx, 5xx", api.MetricCount(Sum()), api.MetricClientError(Sum()), api.MetricServerError(Sum())),
            Graph("API latency p50 / p99",
                api.MetricLatency(new MetricOptions { Period = Period, Statistic = "p50" }),
                api.MetricLatency(new MetricOptions { Period = Period, Statistic = "p99" })));
        Dashboard.AddWidgets(
            Graph("DynamoDB consumed capacity, by table",
                Expression($"SEARCH('{{AWS/DynamoDB,TableName}} MetricName=\"ConsumedWriteCapacityUnits\" TableName=\"cloudretail-{settings.Stage}-\"', 'Sum', 300)", "Writes", null),
                Expression($"SEARCH('{{AWS/DynamoDB,TableName}} MetricName=\"ConsumedReadCapacityUnits\" TableName=\"cloudretail-{settings.Stage}-\"', 'Sum', 300)", "Reads", null)),
            Graph("DynamoDB throttles, by table",
                Expression($"SEARCH('{{AWS/DynamoDB,TableName}} MetricName=\"WriteThrottleEvents\" TableName=\"cloudretail-{settings.Stage}-\"', 'Sum', 300)", "Write throttles", null),
                Expression($"SEARCH('{{AWS/DynamoDB,TableName}} MetricName=\"ReadThrottleEvents\" TableName=\"cloudretail-{settings.Stage}-\"', 'Sum', 300)", "Read throttles", null)),
            Graph("CloudFront requests and error rates",
                CloudFront(distributionId, "Requests", "Sum"), CloudFront(distributionId, "4xxErrorRate", "Average"), CloudFront(distributionId, "5xxErrorRate", "Average")),
            Graph("WAF allowed and blocked",
                Waf(settings, "AllowedRequests"), Waf(settings, "BlockedRequests")));
        Dashboard.AddWidgets(new AlarmStatusWidget(new AlarmStatusWidgetProps
        {
            Title = "Alarms",
            Alarms = [.. alarms],
            Width = 24,
        }));
    }

    public Dashboard Dashboard { get; }

    private static MetricOptions Sum() => new() { Period = Period, Statistic = "Sum" };

    private static GraphWidget Graph(string title, params IMetric[] metrics) =>
        new(new GraphWidgetProps { Title = title, Left = metrics, Width = 6, Height = 6 });

    /// <summary>Every dimension value the app wrote (each currency, each status), found at view time.</summary>
    private static MathExpression Search(string ns, string metric, string dimensions, string? filter, string label) =>
        Expression($"SEARCH('{{{ns},{dimensions}}} MetricName=\"{metric}\"{(filter is null ? "" : " " + filter)}', 'Sum', 300)", label, null);

    private static MathExpression Expression(string expression, string label, string? region) => new(new MathExpressionProps
    {
        Expression = expression,
        UsingMetrics = new Dictionary<string, IMetric>(),
        Label = label,
        Period = Period,
        SearchRegion = region,
    });

    private static Metric CloudFront(string distributionId, string name, string statistic) => new(new MetricProps
    {
        Namespace = "AWS/CloudFront",
        MetricName = name,
        DimensionsMap = new Dictionary<string, string> { ["DistributionId"] = distributionId, ["Region"] = "Global" },
        Statistic = statistic,
        Period = Period,
        Region = EdgeShieldStack.AclRegion,
    });

    private static Metric Waf(DeploySettings settings, string name) => new(new MetricProps
    {
        Namespace = "AWS/WAFV2",
        MetricName = name,
        DimensionsMap = new Dictionary<string, string> { ["WebACL"] = ShopWebAcl.AclName(settings), ["Rule"] = "ALL" },
        Statistic = "Sum",
        Period = Period,
        Region = EdgeShieldStack.AclRegion,
    });
}
