using System.Globalization;

namespace CloudRetail.Bench;

/// <summary>The command line (bench/README.md). Durations in seconds.</summary>
internal sealed record BenchOptions(
    AppBuild Api,
    AppBuild Floor,
    AppBuild? ApiPlain,
    AppBuild? FloorPlain,
    AppBuild? Baseline,
    TimeSpan Duration,
    int Rounds,
    int Starts,
    int Shoppers,
    int[] Concurrency,
    int[] Lines,
    string? Output,
    string[] Only,
    Dictionary<string, string> ApiEnvironment,
    int LambdaMemoryMb,
    int SearchProducts,
    bool Smoke)
{
    public bool Runs(string measure) => Only.Contains(measure);

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        var apiEnvironment = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (name == "smoke")
            {
                values["smoke"] = "true";
            }
            else if (name == "api-env")
            {
                var (key, value) = (args[++i].Split('=', 2)[0], args[i].Split('=', 2)[1]);
                apiEnvironment[key] = value;
            }
            else
            {
                values[name] = args[++i];
            }
        }
        var smoke = values.ContainsKey("smoke");
        AppBuild? Build(string key, string label, string assembly) =>
            values.TryGetValue(key, out var directory) ? new AppBuild(label, Path.GetFullPath(directory), assembly) : null;
        int Int(string key, int normal, int quick) =>
            values.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : smoke ? quick : normal;

        return new BenchOptions(
            Build("api", "API, shipped build", "CloudRetail.Api") ?? throw new ArgumentException("--api <publish folder> is required"),
            Build("floor", "floor, shipped build", "FloorApp") ?? throw new ArgumentException("--floor <publish folder> is required"),
            Build("api-plain", "API, plain build", "CloudRetail.Api"),
            Build("floor-plain", "floor, plain build", "FloorApp"),
            Build("baseline", values.GetValueOrDefault("baseline-label", "API, baseline"), "CloudRetail.Api"),
            TimeSpan.FromSeconds(Int("duration", 5, 1)),
            Int("rounds", 2, 1),
            Int("starts", 7, 1),
            Int("shoppers", 8, 2),
            smoke ? [16] : [1, 16, 64],
            smoke ? [1] : [1, 5, 10],
            values.GetValueOrDefault("out"),
            values.TryGetValue("only", out var only) ? only.Split(',') : ["reads", "replay", "calls", "cold", "memory", "search"],
            apiEnvironment,
            // cdk/cdk.json's apiMemoryMb: what the function is configured with.
            Int("lambda-memory-mb", 1024, 1024),
            Int("search-products", 100_000, 2_000),
            smoke);
    }
}
