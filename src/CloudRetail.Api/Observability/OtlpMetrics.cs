using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Observability;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace CloudRetail.Api.Observability;

/// <summary>
/// Exports the shop's meter, and ASP.NET Core's request and Kestrel meters, over OTLP
/// (http/protobuf) while the host runs, when OTEL_EXPORTER_OTLP_ENDPOINT is set. Built with the
/// SDK's own builder: OpenTelemetry.Extensions.Hosting is not in the NuGet copy.
/// </summary>
internal sealed class OtlpMetrics(Uri endpoint) : IHostedService, IDisposable
{
    public const string ServiceName = "cloudretail-api";

    private MeterProvider? _provider;

    public static string[] Meters => [ShopMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    /// <summary>The collector's base URL, as OTEL_EXPORTER_OTLP_ENDPOINT gives it; metrics go to its /v1/metrics.</summary>
    public static Uri MetricsUrl(Uri endpoint) =>
        endpoint.AbsolutePath.EndsWith("/v1/metrics", StringComparison.Ordinal) ? endpoint : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/v1/metrics");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _provider = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .AddMeter(Meters)
            .AddOtlpExporter(otlp =>
            {
                otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
                otlp.Endpoint = MetricsUrl(endpoint);
            })
            .Build();
        return Task.CompletedTask;
    }

    /// <summary>Sends what is pending now rather than at the next export interval.</summary>
    public bool Flush(int timeoutMilliseconds = 5000) => _provider?.ForceFlush(timeoutMilliseconds) ?? false;

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public void Dispose() => _provider?.Dispose();
}

internal static class OtlpMetricsExtensions
{
    public static IServiceCollection AddOtlpMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[ShopSettings.OtlpEndpoint] is not { Length: > 0 } endpoint)
        {
            return services;
        }
        var url = Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{ShopSettings.OtlpEndpoint} must be an absolute URL, got '{endpoint}'");
        services.AddSingleton(new OtlpMetrics(url));
        services.AddHostedService(sp => sp.GetRequiredService<OtlpMetrics>());
        return services;
    }
}
