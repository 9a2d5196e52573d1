namespace CloudRetail.Bench;

internal sealed partial class Measurements
{
    /// <summary>Steady reads on the shipped build and on <paramref name="baseline"/> (by default the
    /// API's self-contained composite ReadyToRun build), each a fresh process, alternated ABBA.</summary>
    public async Task ReadsAgainstBaselineAsync(AppBuild baseline, IReadOnlyDictionary<string, string> pool)
    {
        await using var api = AppProcess.Start(options.Api, ApiEnvironment(pool));
        await using var baselineApi = AppProcess.Start(baseline, ApiEnvironment(pool));
        await api.WaitForOkAsync(ProductPath, StartTimeout);
        await baselineApi.WaitForOkAsync(ProductPath, StartTimeout);
        await Wrk.RunAsync(api.Url + ProductPath, 16, WarmUp);
        await Wrk.RunAsync(baselineApi.Url + ProductPath, 16, WarmUp);

        report.Line($"## Reads: GET {ProductPath}, API (shipped build) against {baseline.Label}");
        report.Line();
        var rows = new List<string[]>();
        foreach (var connections in options.Concurrency)
        {
            var (ours, theirs) = await AlternateAsync(
                () => Wrk.RunAsync(api.Url + ProductPath, connections, options.Duration),
                () => Wrk.RunAsync(baselineApi.Url + ProductPath, connections, options.Duration));
            double Rps(List<WrkResult> runs) => runs.Average(r => r.RequestsPerSecond);
            double P99(List<WrkResult> runs) => runs.Average(r => r.P99Ms);
            rows.Add([connections.ToString(), Report.Num(Rps(ours)), Report.Num(Rps(theirs)), Report.Ratio(Rps(ours), Rps(theirs)),
                Report.Ms(P99(ours)), Report.Ms(P99(theirs)), $"{ours.Sum(r => r.Errors)} / {theirs.Sum(r => r.Errors)}"]);
        }
        report.Table(["connections", "API req/s", "baseline req/s", "ratio", "API p99", "baseline p99", "errors API / baseline"], rows);
    }

    /// <summary>Shopping trips on the shipped build and on <paramref name="baseline"/>, alternated ABBA,
    /// each a fresh process warmed the same way with shoppers of its own; and both builds' AWS calls
    /// per trip.</summary>
    public async Task TripsAgainstBaselineAsync(IReadOnlyDictionary<string, string> pool, AppBuild baseline)
    {
        var calls = await ApiTripCallsAsync(pool);
        var baselineCalls = await CountTripCallsAsync(baseline, _baselineShoppers[0], pool);
        await using var api = AppProcess.Start(options.Api, ApiEnvironment(pool));
        await using var baselineApi = AppProcess.Start(baseline, ApiEnvironment(pool));
        await api.WaitForOkAsync(ProductPath, StartTimeout);
        await baselineApi.WaitForOkAsync(ProductPath, StartTimeout);
        await Trips.RunAsync(api.Url, _shoppers, options.Lines.Max(), WarmUp);
        await Trips.RunAsync(baselineApi.Url, _baselineShoppers, options.Lines.Max(), WarmUp);

        report.Line($"## Shopping trips: API (shipped build) against the baseline ({baseline.Label})");
        report.Line();
        report.Line($"Both as in the trips above ({_shoppers.Count} shoppers each, looping), each build with shoppers and products of its own, "
            + $"alternated; \"ratio\" is API ÷ baseline trips/s. AWS calls: mean of {TripsCounted} trips on an instance of each build, counted by a proxy between it and the emulators.");
        report.Line();
        var rows = new List<string[]>();
        foreach (var lines in options.Lines)
        {
            var (ours, theirs) = await AlternateAsync(
                () => Trips.RunAsync(api.Url, _shoppers, lines, options.Duration),
                () => Trips.RunAsync(baselineApi.Url, _baselineShoppers, lines, options.Duration));
            var (a, b) = (TripResult.Sum(ours), TripResult.Sum(theirs));
            string Both(Func<TripCalls, double> perTrip) => $"{Report.Num(perTrip(calls[lines]), "0.#")} / {Report.Num(perTrip(baselineCalls[lines]), "0.#")}";
            rows.Add([lines.ToString(), Report.Num(a.TripsPerSecond, "0.0"), Report.Num(b.TripsPerSecond, "0.0"), Report.Ratio(a.TripsPerSecond, b.TripsPerSecond),
                Report.Ms(Report.Percentile(a.CheckoutMs, 50)), Report.Ms(Report.Percentile(b.CheckoutMs, 50)),
                Report.Ms(Report.Percentile(a.CheckoutMs, 99)), Report.Ms(Report.Percentile(b.CheckoutMs, 99)),
                $"{a.Failures} / {b.Failures}", Both(c => c.DynamoDbPerTrip), Both(c => c.OtherAwsPerTrip)]);
        }
        report.Table(["K", "API trips/s", "baseline trips/s", "ratio", "API checkout p50", "baseline checkout p50", "API checkout p99", "baseline checkout p99",
            "failed trips API / baseline", "DynamoDB calls per trip API / baseline", "other AWS calls per trip API / baseline"], rows);
    }
}
