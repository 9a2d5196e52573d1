using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks;
using CloudRetail.Deploy.Tests.Infrastructure;

namespace CloudRetail.Deploy.Tests;

/// <summary>The alternative to the image (-c apiPackage=zip): the Native AOT publish folder on the
/// OS-only runtime with the Web Adapter as a layer. Needs no Docker to deploy. Also carries the
/// optional base path, which the default synthesis leaves out.</summary>
[Collection(SynthesizedShopCollection.Name)]
public sealed class ZipPackageTests(SynthesizedShop shop) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("cloudretail-zip-").FullName;

    [Fact]
    public void The_zip_package_runs_the_publish_folder_on_provided_al2023_with_the_adapter_layer()
    {
        var publish = Directory.CreateDirectory(Path.Combine(_work, "publish")).FullName;
        File.WriteAllText(Path.Combine(publish, "bootstrap"), "#!/bin/sh\n");
        var zip = SynthesizedShop.Synthesize(DeployContext.FromCdkJson(new Dictionary<string, object>
        {
            ["sesFromEmail"] = SynthesizedShop.SenderEmail,
            ["apiPackage"] = "zip",
            ["apiZipDirectory"] = publish,
            ["apiBasePath"] = "/shop",
        }), Path.Combine(_work, "cdk.out"));

        var function = zip.Resources("AWS::Lambda::Function").Single().Resource.Properties();
        Assert.Equal("provided.al2023", function["Runtime"]!.ToString());
        Assert.Equal("bootstrap", function["Handler"]!.ToString());
        var layers = function["Layers"]!.AsArray().Select(l => l!.ToJsonString()).ToList();
        Assert.Equal(2, layers.Count);
        Assert.All(layers, layer => Assert.Contains("\"AWS::Region\"", layer, StringComparison.Ordinal));
        Assert.Contains(layers, layer => layer.Contains(":753240598075:layer:LambdaAdapterLayerX86:", StringComparison.Ordinal));
        // The ADOT collector: the app's OTLP goes to it on localhost, and on to X-Ray.
        Assert.Contains(layers, layer => layer.Contains(":901920570463:layer:aws-otel-collector-amd64-", StringComparison.Ordinal));
        Assert.Equal("http://localhost:4318", zip.FunctionEnvironment()[ShopSettings.OtlpEndpoint]!.ToString());
        Assert.Equal("Active", function["TracingConfig"]!["Mode"]!.ToString());
        Assert.Equal("/shop", zip.FunctionEnvironment()[ShopSettings.ApiBasePath]!.ToString());
        Assert.Equal(Names(shop.Json.FunctionEnvironment()).Append(ShopSettings.ApiBasePath).Append(ShopSettings.OtlpEndpoint).Order(),
            Names(zip.FunctionEnvironment()));
    }

    [Fact]
    public void The_api_publish_folder_is_the_zip_package_and_its_bootstrap_starts_the_native_executable()
    {
        var project = Path.Combine(DeployContext.RepositoryRoot, "src", "CloudRetail.Api");
        var bootstrap = Path.Combine(project, "bootstrap");

        Assert.Equal($"exec \"$LAMBDA_TASK_ROOT/{typeof(Program).Assembly.GetName().Name}\"", File.ReadAllLines(bootstrap)[^1]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.True(File.GetUnixFileMode(bootstrap).HasFlag(UnixFileMode.UserExecute), "bootstrap must be executable: Lambda runs it as it is");
        }
        Assert.Contains("<None Include=\"bootstrap\" CopyToPublishDirectory=\"PreserveNewest\" />", File.ReadAllText(Path.Combine(project, "CloudRetail.Api.csproj")), StringComparison.Ordinal);
        Assert.Matches("<PublishAot[^>]*>true</PublishAot>", File.ReadAllText(Path.Combine(project, "Publish.props")));
    }

    private static IEnumerable<string> Names(JsonObject environment) => environment.Select(v => v.Key).Order();

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
