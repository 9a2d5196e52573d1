using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CloudRetail.Api.Observability;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, the host sends its meters and traces to that
/// collector over OTLP http/protobuf; here a listener on a free port plays the collector.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class OtlpExportTests(ShopApi shop)
{
    [Fact]
    public async Task The_shop_meter_and_the_request_traces_reach_the_configured_collector()
    {
        var port = FreePorts.Next();
        using var collector = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        collector.Start();
        var received = new ConcurrentQueue<(string Path, string? ContentType, string Body)>();
        _ = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                var context = await collector.GetContextAsync();
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                received.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType, Encoding.UTF8.GetString(body.ToArray())));
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });
        await using var exporting = shop.StartHost((ShopSettings.OtlpEndpoint, $"http://127.0.0.1:{port}"));
        var productId = await (await shop.AdminClientAsync()).CreateProductAsync(stock: 1);
        var (shopper, _, _) = await shop.NewCustomerAsync();
        using var client = exporting.CreateClientAs(shopper);
        await (await client.PostJsonAsync("/api/cart/items", new { productId, qty = 2 })).ProblemAsync(409, "Out of stock");

        Assert.True(exporting.Services.GetRequiredService<MeterProvider>().ForceFlush(5000), "the metrics exporter did not flush");
        Assert.True(exporting.Services.GetRequiredService<TracerProvider>().ForceFlush(5000), "the trace exporter did not flush");

        // A periodic export may also have gone out; the flushed one holds the conflict.
        Assert.Contains(received, r => r.Body.Contains("cloudretail.stock_conflicts", StringComparison.Ordinal));
        var export = received.First(r => r.Body.Contains("cloudretail.stock_conflicts", StringComparison.Ordinal));
        Assert.Equal("/v1/metrics", export.Path);
        Assert.Equal("application/x-protobuf", export.ContentType);
        Assert.Contains(OtlpExport.ServiceName, export.Body, StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", export.Body, StringComparison.Ordinal);

        // The request's span (ASP.NET Core) and its calls out (HttpClient: DynamoDB, here) are traced.
        var traces = string.Concat(received.Where(r => r.Path == "/v1/traces").Select(r => r.Body));
        Assert.Contains("/api/cart/items", traces, StringComparison.Ordinal);
        Assert.Contains("Microsoft.AspNetCore", traces, StringComparison.Ordinal);
        Assert.Contains("System.Net.Http", traces, StringComparison.Ordinal);
        Assert.Contains(OtlpExport.ServiceName, traces, StringComparison.Ordinal);
    }
}
