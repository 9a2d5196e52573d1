using System.Text.Json.Nodes;
using Amazon.CDK;
using Amazon.CDK.Assertions;
using CloudRetail.Cdk;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>
/// The stack as `cdk synth` produces it from cdk/cdk.json, synthesised once for all tests that
/// share it. Offline: the image asset is only hashed and staged, never built.
/// </summary>
public sealed class SynthesizedShop : IDisposable
{
    public const string SenderEmail = "shop@example.com";

    private readonly string _work = Directory.CreateTempSubdirectory("cloudretail-cdk-").FullName;

    public SynthesizedShop()
    {
        Context = DeployContext.FromCdkJson(new Dictionary<string, object> { ["sesFromEmail"] = SenderEmail });
        // The CDK's .NET runtime unpacks about 64 MB of JavaScript into the temp folder when it
        // starts, and never removes it (aws/jsii#700): point it, and the Node process it starts,
        // at a folder this fixture deletes. Only for the start, so nothing else writes there.
        var temp = System.Environment.GetEnvironmentVariable("TMPDIR");
        System.Environment.SetEnvironmentVariable("TMPDIR", _work);
        try
        {
            Json = Synthesize(Context, Path.Combine(_work, "cdk.out"));
        }
        finally
        {
            System.Environment.SetEnvironmentVariable("TMPDIR", temp);
        }
        Template = Template.FromString(Json.ToJsonString());
        _registered = new(() => DeployedApp.Tables(Json));
    }

    public IReadOnlyDictionary<string, object> Context { get; }

    /// <summary>For the CDK's own matchers.</summary>
    public Template Template { get; }

    /// <summary>For walking the template (and for breaking a copy of it on purpose).</summary>
    public JsonObject Json { get; }

    /// <summary>The tables the API's modules register when started with this template's environment.</summary>
    public IReadOnlyList<CloudRetail.BuildingBlocks.Persistence.TableDefinition> RegisteredTables => _registered.Value;

    private readonly Lazy<IReadOnlyList<CloudRetail.BuildingBlocks.Persistence.TableDefinition>> _registered;

    public JsonObject CopyOfJson() => (JsonObject)Json.DeepClone();

    public static JsonObject Synthesize(IReadOnlyDictionary<string, object> context, string outdir)
    {
        var app = new App(new AppProps { Context = context.ToDictionary(), Outdir = outdir });
        var settings = DeploySettings.From(app.Node);
        var stack = new ShopStack(app, $"CloudRetail-{settings.Stage}", settings);
        var assembly = app.Synth();
        return JsonNode.Parse(File.ReadAllText(assembly.GetStackArtifact(stack.ArtifactId).TemplateFullPath))!.AsObject();
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
