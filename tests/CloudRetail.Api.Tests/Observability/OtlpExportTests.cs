using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CloudRetail.Api.Observability;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.RateLimits;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Observability;

/// <summary>With OTEL_EXPORTER_OTLP_ENDPOINT set, the host sends its meters to that collector over
/// OTLP http/protobuf; here a listener on a free port plays the collector.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class OtlpExportTests(ShopApi shop)
{
    [Fact]
    public async Task The_shop_meter_reaches_the_configured_collector()
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

        Assert.True(exporting.Services.GetRequiredService<OtlpMetrics>().Flush(), "the exporter did not flush");

        // A periodic export may also have gone out; the flushed one holds the conflict.
        Assert.Contains(received, r => r.Body.Contains("cloudretail.stock_conflicts", StringComparison.Ordinal));
        var export = received.First(r => r.Body.Contains("cloudretail.stock_conflicts", StringComparison.Ordinal));
        Assert.Equal("/v1/metrics", export.Path);
        Assert.Equal("application/x-protobuf", export.ContentType);
        Assert.Contains(OtlpMetrics.ServiceName, export.Body, StringComparison.Ordinal);
        Assert.Contains("http.server.request.duration", export.Body, StringComparison.Ordinal);
    }
}
