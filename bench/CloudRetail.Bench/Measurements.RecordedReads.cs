namespace CloudRetail.Bench;

internal sealed partial class Measurements
{
    /// <summary>Steady reads with DynamoDB answered from memory (<see cref="RecordedReads"/>): the
    /// shipped build, the floor app and the baseline against the same store, the order rotated every
    /// round, each build's CPU time counted over its runs. What the two cores give each process is
    /// shared with wrk and the store, so a build's own speed is its reads per CPU-second.</summary>
    public async Task ReadsFromMemoryAsync(IReadOnlyDictionary<string, string> pool)
    {
        await using var store = await RecordedReads.StartAsync(emulators.Urls.DynamoDb);
        var urls = emulators.Urls with { DynamoDb = store.Url };
        await using var api = AppProcess.Start(options.Api, ApiEnvironment(pool, urls));
        await using var floor = AppProcess.Start(options.Floor, FloorEnvironment(store.Url));
        await using var baseline = options.Baseline is { } build ? AppProcess.Start(build, ApiEnvironment(pool, urls)) : null;
        var apps = new[] { api, floor, baseline }.OfType<AppProcess>().ToList();
        foreach (var app in apps)
        {
            await app.WaitForOkAsync(ProductPath, StartTimeout);
            await Wrk.RunAsync(app.Url + ProductPath, 16, WarmUp);
        }

        report.Line($"## Reads from memory: GET {ProductPath} with DynamoDB's answer recorded once and replayed");
        report.Line();
        report.Line("Every build reads through the same store, which answers a repeated GetItem from memory instead of DynamoDB Local, "
            + "so the emulator no longer caps them all; the order is rotated every round. \"CPU per read\" is the build's own CPU time "
            + "(user and system) over its runs divided by the reads served; \"reads per CPU-second\" is its inverse, the throughput a build would have on a core of its own.");
        report.Line();
        var rows = new List<string[]>();
        foreach (var connections in options.Concurrency)
        {
            var runs = apps.ToDictionary(a => a, _ => new List<WrkResult>());
            var cpu = apps.ToDictionary(a => a, _ => TimeSpan.Zero);
            for (var round = 0; round < options.Rounds; round++)
            {
                foreach (var app in Rotated(apps, round))
                {
                    var before = app.CpuTime();
                    runs[app].Add(await Wrk.RunAsync(app.Url + ProductPath, connections, options.Duration));
                    cpu[app] += app.CpuTime() - before;
                }
            }
            string Rps(AppProcess? app) => app is null ? "" : Report.Num(runs[app].Average(r => r.RequestsPerSecond));
            double PerCpuSecond(AppProcess? app) => app is null ? double.NaN : runs[app].Sum(r => r.Requests) / cpu[app].TotalSeconds;
            string CpuPerRead(AppProcess? app) => app is null ? "" : $"{1e6 / PerCpuSecond(app):0} µs";
            rows.Add([connections.ToString(), Rps(api), Rps(floor), Rps(baseline),
                CpuPerRead(api), CpuPerRead(floor), CpuPerRead(baseline),
                Report.Num(PerCpuSecond(api)), Report.Ratio(PerCpuSecond(api), PerCpuSecond(floor)),
                baseline is null ? "" : Report.Ratio(PerCpuSecond(api), PerCpuSecond(baseline)),
                string.Join(" / ", apps.Select(a => runs[a].Sum(r => r.Errors)))]);
        }
        report.Table(["connections", "API req/s", "floor req/s", "baseline req/s", "API CPU per read", "floor CPU per read", "baseline CPU per read",
            "API reads per CPU-second", "÷ floor", "÷ baseline", "errors API / floor / baseline"], rows);
    }
}
