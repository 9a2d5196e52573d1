using System.Text.RegularExpressions;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>The facts the repository's Dockerfile must keep. Nothing here can build the image (no
/// Docker engine), so these are checked on its text.</summary>
public static partial class DockerfileRules
{
    public static void Check(string dockerfile, string apiAssembly, string readinessPath)
    {
        var instructions = Instructions(dockerfile);
        string[] Args(string keyword) => [.. instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments)];

        var from = Args("FROM");
        Assert.Contains(from, f => SdkImage().IsMatch(f));
        Assert.Matches(RuntimeImage(), from[^1]);
        // The shipped build is Native AOT, which the SDK stage links with clang.
        var build = BuildStage(instructions);
        Assert.Contains(build, i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install", StringComparison.Ordinal)
            && i.Arguments.Contains(" clang", StringComparison.Ordinal));
        Assert.Contains(build, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish src/CloudRetail.Api/CloudRetail.Api.csproj", StringComparison.Ordinal)
            && i.Arguments.Contains("--runtime linux-x64", StringComparison.Ordinal)
            && i.Arguments.Contains("--self-contained true", StringComparison.Ordinal)
            && i.Arguments.Contains("-p:PublishAot=true", StringComparison.Ordinal));
        Assert.Contains(Args("COPY"), c => AdapterCopy().IsMatch(c));
        Assert.Contains("8080", Args("EXPOSE"));
        var environment = string.Join(' ', Args("ENV"));
        Assert.Contains("PORT=8080", environment, StringComparison.Ordinal);
        Assert.Contains($"AWS_LWA_READINESS_CHECK_PATH={readinessPath}", environment, StringComparison.Ordinal);
        // A native executable: nothing but itself starts it (docs/performance.md, "Publish mode").
        Assert.Equal($"[\"./{apiAssembly}\"]", Args("ENTRYPOINT").Single());
        // The user the image ends with is the one the app runs as.
        Assert.DoesNotMatch("^(root|0)(:.*)?$", Args("USER").Last());
    }

    /// <summary>The instructions of the stage built from the SDK image.</summary>
    private static IEnumerable<(string Keyword, string Arguments)> BuildStage(IReadOnlyList<(string Keyword, string Arguments)> instructions) =>
        instructions.SkipWhile(i => !(i.Keyword == "FROM" && SdkImage().IsMatch(i.Arguments))).Skip(1).TakeWhile(i => i.Keyword != "FROM");

    /// <summary>Logical lines (continuations joined, comments dropped) as keyword and arguments.</summary>
    public static IReadOnlyList<(string Keyword, string Arguments)> Instructions(string dockerfile) =>
        Regex.Replace(dockerfile, @"\\\r?\n", " ")
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0].ToUpperInvariant(), Regex.Replace(parts.ElementAtOrDefault(1) ?? "", @"\s+", " ")))
            .ToList();

    // Pinned to a patch version: a floating tag would change the image under the same Dockerfile.
    [GeneratedRegex(@"^mcr\.microsoft\.com/dotnet/sdk:10\.0\.\d+ AS \w+$")]
    private static partial Regex SdkImage();

    [GeneratedRegex(@"^mcr\.microsoft\.com/dotnet/runtime-deps:10\.0\.\d+( AS \w+)?$")]
    private static partial Regex RuntimeImage();

    [GeneratedRegex(@"^--from=public\.ecr\.aws/awsguru/aws-lambda-adapter:\d+\.\d+\.\d+ /lambda-adapter /opt/extensions/lambda-adapter$")]
    private static partial Regex AdapterCopy();
}
