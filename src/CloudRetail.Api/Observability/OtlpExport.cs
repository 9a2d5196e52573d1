using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Observability;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CloudRetail.Api.Observability;

/// <summary>
/// Traces, and metrics unless they go to CloudWatch as EMF (METRICS_NAMESPACE), over OTLP
/// (http/protobuf) when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise
/// nothing is registered, so a host that exports nothing pays nothing at start-up. Metrics: the
/// shop's meter with ASP.NET Core's request and Kestrel meters and HttpClient's. Traces: a span per
/// request, with a child per outgoing HTTP call (DynamoDB, S3, Cognito, SES), so a slow checkout
/// shows which call was slow. On Lambda the collector layer forwards traces to X-Ray.
/// </summary>
internal static class OtlpExport
{
    public const string ServiceName = "cloudretail-api";

    public static string[] Meters => [ShopMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    /// <summary>Where one signal goes, given the collector's base URL as OTEL_EXPORTER_OTLP_ENDPOINT
    /// gives it: metrics to its /v1/metrics, traces to its /v1/traces.</summary>
    public static Uri SignalUrl(Uri endpoint, string signal)
    {
        var path = endpoint.AbsolutePath.TrimEnd('/');
        foreach (var known in (string[])["/v1/metrics", "/v1/traces"])
        {
            if (path.EndsWith(known, StringComparison.Ordinal))
            {
                path = path[..^known.Length];
            }
        }
        return new Uri(endpoint, $"{path}/v1/{signal}");
    }

    public static IServiceCollection AddOtlpExport(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ShopSettings.OtlpEndpoint] is not { Length: > 0 } endpoint)
        {
            return services;
        }
        var url = Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{ShopSettings.OtlpEndpoint} must be an absolute URL, got '{endpoint}'");
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp => To(otlp, url, "traces")));
        // On Lambda the shop's metrics go to CloudWatch as EMF log lines; the collector layer there
        // takes traces only.
        if (configuration[ShopSettings.MetricsNamespace] is not { Length: > 0 })
        {
            telemetry.WithMetrics(metrics => metrics
                .AddMeter(Meters)
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp => To(otlp, url, "metrics")));
        }
        return services;
    }

    private static void To(OtlpExporterOptions otlp, Uri endpoint, string signal)
    {
        otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
        otlp.Endpoint = SignalUrl(endpoint, signal);
    }
}
