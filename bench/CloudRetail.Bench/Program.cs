using System.Globalization;
using CloudRetail.Bench;

// ./bench.sh builds the apps under test and runs this; see bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var report = new Report();
report.Line($"# CloudRetail bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
report.Line();
report.Line($"Machine: {Machine.Describe()}. Runs of {options.Duration.TotalSeconds:0} s, {options.Rounds} round(s) per app alternated (ABBA), {options.Shoppers} shoppers, {options.Starts} cold start(s) per build.");
report.Line();

await using var emulators = await Emulators.StartAsync(Machine.RepositoryRoot());
var measurements = new Measurements(options, emulators, report);
var settings = await measurements.PrepareShopAsync();
await measurements.ReadsAndTripsAsync(settings);
await measurements.CallsPerTripAsync(settings);
await measurements.ColdStartsAsync(settings);
await measurements.MemoryAsync(settings);

if (options.Output is { } output)
{
    await File.WriteAllTextAsync(output, report.ToString());
}
