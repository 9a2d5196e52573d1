namespace CloudRetail.Bench;

/// <summary>
/// What an order costs to serve (issue #20, section 3), from the counted trips: DynamoDB capacity
/// units, Lambda invocations and GB-seconds, API Gateway and CloudFront requests and SES messages
/// per trip (one trip places and pays one order), priced at on-demand list prices for one Region.
/// Beside it, the service-per-function design the project started from, where a checkout made
/// K + 2 hops, each its own API Gateway request and Lambda invocation.
/// </summary>
internal static class OrderCost
{
    /// <summary>US East (N. Virginia) on-demand list prices in USD, as docs/performance.md states them
    /// with their date; Lambda x86_64, API Gateway HTTP API (first 300 million), CloudFront HTTPS
    /// requests in the United States, SES outbound e-mail. Data transfer and storage are left out.</summary>
    public const string PriceDate = "2026-12-02";
    private const double DynamoDbPerReadUnit = 0.125 / 1e6;
    private const double DynamoDbPerWriteUnit = 0.625 / 1e6;
    private const double LambdaPerRequest = 0.20 / 1e6;
    private const double LambdaPerGbSecond = 0.0000166667;
    private const double ApiGatewayPerRequest = 1.00 / 1e6;
    private const double CloudFrontPerRequest = 0.0100 / 1e4;
    private const double SesPerEmail = 0.10 / 1e3;

    private sealed record PerOrder(double Invocations, double GbSeconds, double ApiRequests, double CloudFrontRequests, double ReadUnits, double WriteUnits, double Emails)
    {
        public double Usd => Invocations * LambdaPerRequest + GbSeconds * LambdaPerGbSecond + ApiRequests * ApiGatewayPerRequest
            + CloudFrontRequests * CloudFrontPerRequest + ReadUnits * DynamoDbPerReadUnit + WriteUnits * DynamoDbPerWriteUnit + Emails * SesPerEmail;
    }

    public static void Print(Report report, IReadOnlyDictionary<int, TripCalls> calls, IEnumerable<int> lines, int memoryMb)
    {
        var gb = memoryMb / 1024.0;
        report.Line($"## The cost of an order: one trip (add K lines, check out, pay) at {memoryMb} MB, us-east-1 on-demand list prices of {PriceDate}");
        report.Line();
        report.Line("This build: every request is one API Gateway request, one Lambda invocation and one CloudFront request (K + 2). "
            + "Lambda time is the requests' own measured time on this machine (unloaded, one shopper, each rounded up to 1 ms). "
            + "Service per function: the checkout also makes K + 2 hops, each an API Gateway request and a Lambda invocation "
            + "lasting this build's mean request time, while the checkout's own invocation waits for them; DynamoDB and SES as here.");
        report.Line();
        var rows = new List<string[]>();
        foreach (var k in lines)
        {
            var trip = calls[k];
            var requests = k + 2.0;
            var ours = new PerOrder(requests, trip.RequestMsPerTrip / 1000 * gb, requests, requests, trip.ReadUnitsPerTrip, trip.WriteUnitsPerTrip, trip.EmailsPerTrip);
            var hopSeconds = trip.RequestMsPerTrip / requests / 1000;
            var hops = k + 2.0;
            var perFunction = ours with
            {
                Invocations = requests + hops,
                ApiRequests = requests + hops,
                GbSeconds = ours.GbSeconds + 2 * hops * hopSeconds * gb,
            };
            rows.Add([k.ToString(), Num(ours.Invocations), Report.Num(ours.GbSeconds, "0.0000"), Num(ours.ApiRequests), Num(ours.CloudFrontRequests),
                Num(ours.ReadUnits), Num(ours.WriteUnits), Num(ours.Emails),
                Usd(ours.Usd * 1000), Usd(perFunction.Usd * 1000), Report.Ratio(perFunction.Usd, ours.Usd)]);
        }
        report.Table(["K", "Lambda invocations", "Lambda GB-s", "API Gateway requests", "CloudFront requests", "RCU", "WCU", "SES messages",
            "USD per 1,000 orders, this build", "USD per 1,000 orders, service per function", "service per function ÷ this build"], rows);
    }

    private static string Num(double value) => Report.Num(value, "0.##");

    private static string Usd(double value) => "$" + Report.Num(value, "0.0000");
}
