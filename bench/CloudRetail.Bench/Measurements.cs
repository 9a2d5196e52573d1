using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.Identity;
using CloudRetail.Testing;

namespace CloudRetail.Bench;

/// <summary>The four measures of issue #10, each beside its reference from the same run.</summary>
internal sealed partial class Measurements(BenchOptions options, LocalAwsEmulators emulators, Report report)
{
    private const string ProductPath = "/api/products/BENCH-READ";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Min(2, options.Duration.TotalSeconds));
    private List<Shopper> _shoppers = [];
    private List<Shopper> _baselineShoppers = [];

    /// <summary>The environment every API instance runs with: production settings against the
    /// emulators, tables and pool made by the set-up instance, nothing created at start-up (as in
    /// Lambda), and every throttle off.</summary>
    private Dictionary<string, string> ApiEnvironment(IReadOnlyDictionary<string, string> pool, LocalAwsEmulators.Endpoints? awsUrls = null)
    {
        var urls = awsUrls ?? emulators.Urls;
        var environment = new Dictionary<string, string>(pool)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            [Variable(LocalAwsOptions.DynamoDbUrlSetting)] = urls.DynamoDb,
            [Variable(LocalAwsOptions.S3UrlSetting)] = urls.S3,
            [Variable(LocalAwsOptions.CognitoUrlSetting)] = urls.Cognito,
            [Variable(LocalAwsOptions.SesUrlSetting)] = urls.Ses,
            [Variable(LocalAwsOptions.CreateResourcesSetting)] = "false",
            [Variable(ShopApi.DemoDataSetting)] = "false",
            [ShopSettings.RateLimitLoginFailures] = "0",
            [ShopSettings.RateLimitAuthPer10Minutes] = "0",
            [ShopSettings.RateLimitOrdersPerMinute] = "0",
            [ShopSettings.RateLimitSearchPerMinute] = "0",
            [ShopSettings.MaxPendingOrdersPerShopper] = "0",
            // The deployed provider: paying confirms the order with the payment due on delivery. Bench
            // shoppers loop without deliveries, so the limit on uncollected cash is off like the others.
            [ShopSettings.PaymentProvider] = "COD",
            [ShopSettings.MaxUncollectedCodOrdersPerShopper] = "0",
        };
        foreach (var (key, value) in options.ApiEnvironment)
        {
            environment[key] = value;
        }
        return environment;
    }

    private Dictionary<string, string> FloorEnvironment(string? dynamoDb = null) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        [Variable(LocalAwsOptions.DynamoDbUrlSetting)] = dynamoDb ?? emulators.Urls.DynamoDb,
    };

    /// <summary>One API instance creates tables, pool and admin (as locally), then the bench adds the
    /// read product, and shoppers with products of their own.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PrepareShopAsync()
    {
        var setup = new Dictionary<string, string>(ApiEnvironment(new Dictionary<string, string>()))
        {
            [Variable(LocalAwsOptions.CreateResourcesSetting)] = "true",
            [Variable(IdentityModule.LocalAdminEmailSetting)] = Shop.AdminEmail,
            [Variable(IdentityModule.LocalAdminPasswordSetting)] = Shop.AdminPassword,
        };
        await using var api = AppProcess.Start(options.ApiPlain ?? options.Api, setup);
        await api.WaitForOkAsync("/api/health", StartTimeout);
        var shop = new Shop(api.Url, emulators.Urls.Cognito);
        await shop.AddProductAsync("BENCH-READ", 1);
        _shoppers = await NewShoppersAsync(shop);
        if (options.Baseline is not null && options.Runs("reads"))
        {
            // The baseline's trips have shoppers and products of their own, so neither build's carts,
            // stock or orders are in the other's way.
            _baselineShoppers = await NewShoppersAsync(shop);
        }
        return await shop.PoolSettingsAsync();
    }

    private async Task<List<Shopper>> NewShoppersAsync(Shop shop)
    {
        var lines = options.Lines.Max();
        return [.. await Task.WhenAll(Enumerable.Range(1, options.Shoppers).Select(n => shop.NewShopperAsync(n, lines)))];
    }

    public async Task ReadsAndTripsAsync(IReadOnlyDictionary<string, string> pool)
    {
        await using var api = AppProcess.Start(options.Api, ApiEnvironment(pool));
        await using var floor = AppProcess.Start(options.Floor, FloorEnvironment());
        await api.WaitForOkAsync(ProductPath, StartTimeout);
        await floor.WaitForOkAsync(ProductPath, StartTimeout);
        await Wrk.RunAsync(api.Url + ProductPath, 16, WarmUp);
        await Wrk.RunAsync(floor.Url + ProductPath, 16, WarmUp);

        report.Line($"## Reads: GET {ProductPath}, API (shipped build) against the floor app (shipped build)");
        report.Line();
        var rows = new List<string[]>();
        foreach (var connections in options.Concurrency)
        {
            var (ours, floors) = await AlternateAsync(
                () => Wrk.RunAsync(api.Url + ProductPath, connections, options.Duration),
                () => Wrk.RunAsync(floor.Url + ProductPath, connections, options.Duration));
            double Rps(List<WrkResult> runs) => runs.Average(r => r.RequestsPerSecond);
            double P50(List<WrkResult> runs) => runs.Average(r => r.P50Ms);
            double P99(List<WrkResult> runs) => runs.Average(r => r.P99Ms);
            rows.Add([connections.ToString(), Report.Num(Rps(ours)), Report.Num(Rps(floors)), Report.Ratio(Rps(ours), Rps(floors)),
                Report.Ms(P50(ours)), Report.Ms(P50(floors)), Report.Ratio(P50(ours), P50(floors)),
                Report.Ms(P99(ours)), Report.Ms(P99(floors)), Report.Ratio(P99(ours), P99(floors)),
                $"{ours.Sum(r => r.Errors)} / {floors.Sum(r => r.Errors)}"]);
        }
        report.Table(["connections", "API req/s", "floor req/s", "ratio", "API p50", "floor p50", "ratio", "API p99", "floor p99", "ratio", "errors API / floor"], rows);

        // Warm the trip path (JWKS download, first checkout) before anything is timed.
        foreach (var shopper in _shoppers)
        {
            using var client = Trips.ClientFor(api.Url, shopper);
            await Trips.TripAsync(client, shopper, options.Lines.Max());
        }
        report.Line($"## Shopping trips: {_shoppers.Count} shoppers each add K lines, check out and pay, looping");
        report.Line();
        report.Line($"Reference: the floor app's GetItem at {_shoppers.Count} connections, alternated with the trips; \"checkout ÷ floor\" is a checkout's latency in floor round trips.");
        report.Line();
        rows = [];
        foreach (var lines in options.Lines)
        {
            var (trips, floors) = await AlternateAsync(
                () => Trips.RunAsync(api.Url, _shoppers, lines, options.Duration),
                () => Wrk.RunAsync(floor.Url + ProductPath, _shoppers.Count, options.Duration));
            var all = TripResult.Sum(trips);
            var floorP50 = floors.Average(f => f.P50Ms);
            var checkoutP50 = Report.Percentile(all.CheckoutMs, 50);
            rows.Add([lines.ToString(), Report.Num(all.TripsPerSecond, "0.0"),
                Report.Ms(checkoutP50), Report.Ms(Report.Percentile(all.CheckoutMs, 99)), Report.Ms(Report.Percentile(all.TripMs, 50)),
                Report.Ms(floorP50), Report.Ratio(checkoutP50, floorP50), all.Failures.ToString()]);
        }
        report.Table(["K", "trips/s", "checkout p50", "checkout p99", "trip p50", "floor GetItem p50", "checkout ÷ floor", "failed trips"], rows);
    }

    /// <summary>One shopper's trips, one at a time, step by step, on an API that counts its AWS calls.</summary>
    public async Task CallsPerTripAsync(IReadOnlyDictionary<string, string> pool)
    {
        var calls = await ApiTripCallsAsync(pool);
        report.Line($"## AWS calls per trip (mean of {TripsCounted} trips, counted by a proxy between the API and the emulators)");
        report.Line();
        report.Table(["K", "DynamoDB calls per trip", "add K lines", "checkout", "pay", "other AWS calls per trip"], options.Lines.Select(lines => new[]
        {
            lines.ToString(), Report.Num(calls[lines].DynamoDbPerTrip, "0.#"),
            calls[lines].DynamoDb("add to cart"), calls[lines].DynamoDb("checkout"), calls[lines].DynamoDb("pay"), calls[lines].OtherAws,
        }));
        report.Line("DynamoDB capacity units consumed (ReturnConsumedCapacity TOTAL, asked for and added up by the same counting; read / write):");
        report.Line();
        report.Table(["K", "RCU per trip", "WCU per trip", "add K lines", "checkout", "pay"], options.Lines.Select(lines => new[]
        {
            lines.ToString(), Report.Num(calls[lines].ReadUnitsPerTrip, "0.#"), Report.Num(calls[lines].WriteUnitsPerTrip, "0.#"),
            calls[lines].Capacity("add to cart"), calls[lines].Capacity("checkout"), calls[lines].Capacity("pay"),
        }));
        OrderCost.Print(report, calls, options.Lines, options.LambdaMemoryMb);
    }

    private const int TripsCounted = 3;
    private Dictionary<int, TripCalls>? _apiTripCalls;

    /// <summary>The shipped build's calls per trip, counted once for the calls table and the baseline table.</summary>
    private async Task<Dictionary<int, TripCalls>> ApiTripCallsAsync(IReadOnlyDictionary<string, string> pool) =>
        _apiTripCalls ??= await CountTripCallsAsync(options.Api, _shoppers[0], pool);

    /// <summary>The calls of <see cref="TripsCounted"/> trips per K, on a fresh instance of
    /// <paramref name="build"/> whose AWS calls pass through a counting proxy, after one trip that warms the path.</summary>
    private async Task<Dictionary<int, TripCalls>> CountTripCallsAsync(AppBuild build, Shopper shopper, IReadOnlyDictionary<string, string> pool)
    {
        await using var counter = await AwsCalls.StartAsync(emulators.Urls);
        await using var api = AppProcess.Start(build, ApiEnvironment(pool, counter.Urls));
        await api.WaitForOkAsync(ProductPath, StartTimeout);
        using var client = Trips.ClientFor(api.Url, shopper);
        await Trips.TripAsync(client, shopper, 1);
        var calls = new Dictionary<int, TripCalls>();
        foreach (var lines in options.Lines)
        {
            calls[lines] = await TripCalls.CountAsync(counter, client, shopper, lines, TripsCounted);
        }
        return calls;
    }

    public async Task ColdStartsAsync(IReadOnlyDictionary<string, string> pool)
    {
        var builds = new[] { options.Api, options.Floor, options.ApiPlain, options.FloorPlain, options.Baseline }.OfType<AppBuild>().ToList();
        var firstOk = builds.ToDictionary(b => b, _ => new List<double>());
        var listening = builds.ToDictionary(b => b, _ => new List<double>());
        for (var round = 0; round < options.Starts; round++)
        {
            foreach (var build in Rotated(builds, round))
            {
                await using var app = AppProcess.Start(build, build.Assembly == "FloorApp" ? FloorEnvironment() : ApiEnvironment(pool));
                var (listen, ok) = await app.WaitForOkAsync(ProductPath, StartTimeout);
                listening[build].Add(listen.TotalMilliseconds);
                firstOk[build].Add(ok.TotalMilliseconds);
            }
        }
        report.Line($"## Cold start: process start to the first 200 from GET {ProductPath} (median of {options.Starts}, alternated)");
        report.Line();
        double Median(AppBuild? build) => build is null ? double.NaN : Report.Median(firstOk[build]);
        report.Table(["build", "first 200", "min – max", "first answer (listening)", "÷ floor built the same way", "÷ baseline"], builds.Select(b => new[]
        {
            b.Label, Report.Ms(Median(b)), $"{Report.Ms(firstOk[b].Min())} – {Report.Ms(firstOk[b].Max())}", Report.Ms(Report.Median(listening[b])),
            b == options.Api ? Report.Ratio(Median(b), Median(options.Floor))
                : b == options.ApiPlain ? Report.Ratio(Median(b), Median(options.FloorPlain)) : "",
            b == options.Api && options.Baseline is not null ? Report.Ratio(Median(b), Median(options.Baseline)) : "",
        }));
    }

    public async Task MemoryAsync(IReadOnlyDictionary<string, string> pool)
    {
        var builds = new[] { options.Api, options.Floor, options.Baseline }.OfType<AppBuild>().ToList();
        var peaks = builds.ToDictionary(b => b, _ => new List<double>());
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var build in round % 2 == 0 ? builds : Enumerable.Reverse(builds))
            {
                await using var app = AppProcess.Start(build, build.Assembly == "FloorApp" ? FloorEnvironment() : ApiEnvironment(pool));
                await app.WaitForOkAsync(ProductPath, StartTimeout);
                await Wrk.RunAsync(app.Url + ProductPath, 64, options.Duration);
                peaks[build].Add(app.PeakRssMiB());
            }
        }
        report.Line($"## Memory: peak RSS (VmHWM) of a fresh process after {options.Duration.TotalSeconds:0} s of GET {ProductPath} at 64 connections (median of {options.Rounds})");
        report.Line();
        var floorPeak = Report.Median(peaks[options.Floor]);
        report.Table(["build", "peak RSS", "÷ floor"], builds.Select(b => new[]
        {
            b.Label, Report.Num(Report.Median(peaks[b]), "0") + " MiB", b == options.Floor ? "" : Report.Ratio(Report.Median(peaks[b]), floorPeak),
        }));
    }

    /// <summary>Runs ours and the reference alternately, ABBA, so drift on a shared machine hits both.</summary>
    private async Task<(List<T> Ours, List<TRef> References)> AlternateAsync<T, TRef>(Func<Task<T>> ours, Func<Task<TRef>> reference)
    {
        var (a, b) = (new List<T>(), new List<TRef>());
        for (var round = 0; round < options.Rounds; round++)
        {
            if (round % 2 == 0)
            {
                a.Add(await ours());
                b.Add(await reference());
            }
            else
            {
                b.Add(await reference());
                a.Add(await ours());
            }
        }
        return (a, b);
    }

    /// <summary>The items in round <paramref name="round"/>'s order: each round starts one further on,
    /// so no build always runs right after the same other one.</summary>
    private static IEnumerable<T> Rotated<T>(IReadOnlyList<T> items, int round) =>
        items.Skip(round % items.Count).Concat(items.Take(round % items.Count));

    /// <summary>A setting as an environment variable: sections joined by a double underscore.</summary>
    private static string Variable(string setting) => setting.Replace(":", "__", StringComparison.Ordinal);
}
