using System.Text.Json.Nodes;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>The context `cdk deploy` starts from (cdk/cdk.json), with the test's additions.</summary>
public static class DeployContext
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static Dictionary<string, object> FromCdkJson(IReadOnlyDictionary<string, object> overrides)
    {
        var cdkJson = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "cdk", "cdk.json")))!;
        var context = cdkJson["context"]!.AsObject().ToDictionary(p => p.Key, p => (object)p.Value!.ToString());
        // cdk.json's ".." is relative to cdk/, where the CLI runs the app; the tests run elsewhere.
        context["repositoryRoot"] = RepositoryRoot;
        foreach (var (key, value) in overrides)
        {
            context[key] = value;
        }
        return context;
    }

    public static int Number(IReadOnlyDictionary<string, object> context, string key) =>
        int.Parse(context[key].ToString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CloudRetail.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("CloudRetail.sln not found above " + AppContext.BaseDirectory);
    }
}
