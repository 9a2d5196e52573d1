using System.Globalization;
using CloudRetail.Bench;
using CloudRetail.Testing;

// ./bench.sh builds the apps under test and runs this; see bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var report = new Report();
report.Line($"# CloudRetail bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.Line();
report.Line($"Machine: {Machine.Describe()}. Runs of {options.Duration.TotalSeconds:0} s, {options.Rounds} round(s) per app alternated (ABBA), {options.Shoppers} shoppers, {options.Starts} cold start(s) per build.");
report.Line();

await using var emulators = await LocalAwsEmulators.StartAsync();
var measurements = new Measurements(options, emulators, report);
var settings = await measurements.PrepareShopAsync();
if (options.Runs("reads"))
{
    await measurements.ReadsAndTripsAsync(settings);
    if (options.Baseline is { } baseline)
    {
        await measurements.ReadsAgainstBaselineAsync(baseline, settings);
        await measurements.TripsAgainstBaselineAsync(settings, baseline);
    }
}
if (options.Runs("replay"))
{
    await measurements.ReadsFromMemoryAsync(settings);
}
if (options.Runs("calls"))
{
    await measurements.CallsPerTripAsync(settings);
}
if (options.Runs("cold"))
{
    await measurements.ColdStartsAsync(settings);
}
if (options.Runs("memory"))
{
    await measurements.MemoryAsync(settings);
}
if (options.Runs("search"))
{
    await measurements.SearchAsync(settings);
}

if (!options.Smoke)
{
    Packages.Print(report, options);
}

if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToString());
}
if (Report.Failures > 0)
{
    await Console.Error.WriteLineAsync($"{Report.Failures} request(s) failed during the run: the figures above leave them out.");
    return 1;
}
return 0;
