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

    /// <summary>The AWS Distro for OpenTelemetry collector layer (x86_64, collector 0.102.1) in the
    /// function's region: an extension that takes the app's OTLP on localhost:4318 and sends the traces
    /// to X-Ray. Override with -c adotLayerArn=... (docs/deploy.md, "Traces").</summary>
    public static string DefaultCollectorLayerArn(string region) =>
        $"arn:aws:lambda:{region}:901920570463:layer:aws-otel-collector-amd64-ver-0-102-1:1";

    /// <summary>Where the collector layer listens for OTLP over HTTP.</summary>
    public const string CollectorEndpoint = "http://localhost:4318";

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
                Tracing = Tracing.ACTIVE,
                ReservedConcurrentExecutions = settings.ReservedConcurrency,
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
                Layers =
                [
                    LayerVersion.FromLayerVersionArn(scope, "WebAdapter", settings.AdapterLayerArn ?? DefaultAdapterLayerArn(Stack.Of(scope).Region)),
                    LayerVersion.FromLayerVersionArn(scope, "OpenTelemetryCollector", settings.CollectorLayerArn ?? DefaultCollectorLayerArn(Stack.Of(scope).Region)),
                ],
                Architecture = Architecture.X86_64,
                MemorySize = settings.MemoryMb,
                Timeout = Duration.Seconds(settings.TimeoutSeconds),
                Environment = environment,
                LogGroup = logs,
                Tracing = Tracing.ACTIVE,
                ReservedConcurrentExecutions = settings.ReservedConcurrency,
            });
}
