using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace CloudRetail.Cdk;

/// <summary>The API's code as Lambda receives it: the repository's container image (default), or a
/// publish folder with the Web Adapter as a layer (docs/deploy.md, "Zip package").</summary>
internal static class ApiPackaging
{
    /// <summary>The adapter's published x86_64 layer (version 25 carries adapter 0.9.x, the
    /// Dockerfile's too) in the function's own region. Override with -c lwaLayerArn=...</summary>
    public static string DefaultAdapterLayerArn(string region) =>
        $"arn:aws:lambda:{region}:753240598075:layer:LambdaAdapterLayerX86:25";

    public static Function Create(Construct scope, string id, DeploySettings settings, Dictionary<string, string> environment, ILogGroup logs) =>
        settings.Package == ApiPackage.Image
            ? new DockerImageFunction(scope, id, new DockerImageFunctionProps
            {
                Code = DockerImageCode.FromImageAsset(settings.RepositoryRoot, new AssetImageCodeProps
                {
                    File = "Dockerfile",
                    Platform = Amazon.CDK.AWS.Ecr.Assets.Platform_.LINUX_AMD64,
                }),
                Architecture = Architecture.X86_64,
                MemorySize = settings.MemoryMb,
                Timeout = Duration.Seconds(settings.TimeoutSeconds),
                Environment = environment,
                LogGroup = logs,
            })
            : new Function(scope, id, new FunctionProps
            {
                // The API is a Native AOT executable: the OS-only runtime runs the publish folder's
                // `bootstrap`, which starts it, while the layer's extension talks to Lambda.
                // (AWS_LAMBDA_EXEC_WRAPPER is for managed runtimes only; not needed here.)
                // `dotnet publish -c Release -r linux-x64` builds it as the image does
                // (src/CloudRetail.Api/Publish.props, docs/deploy.md "Zip package").
                Runtime = Runtime.PROVIDED_AL2023,
                Handler = "bootstrap",
                Code = Code.FromAsset(settings.ZipDirectory),
                Layers = [LayerVersion.FromLayerVersionArn(scope, "WebAdapter",
                    settings.AdapterLayerArn ?? DefaultAdapterLayerArn(Stack.Of(scope).Region))],
                Architecture = Architecture.X86_64,
                MemorySize = settings.MemoryMb,
                Timeout = Duration.Seconds(settings.TimeoutSeconds),
                Environment = environment,
                LogGroup = logs,
            });
}
