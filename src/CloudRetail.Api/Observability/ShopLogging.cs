using System.Text.Json;

namespace CloudRetail.Api.Observability;

/// <summary>
/// One JSON object a line outside Development (the framework's JSON console formatter), with the
/// scopes that carry each request's RequestId, on Lambda API Gateway's own request id (ApiRequestId,
/// the access log's requestId), and the current TraceId and SpanId. Development
/// keeps the readable console. Every response names its request in X-Request-Id, the same id the
/// log lines and problem+json bodies carry.
/// </summary>
internal static class ShopLogging
{
    public const string RequestIdHeader = "X-Request-Id";

    public static WebApplicationBuilder AddShopLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                options.JsonWriterOptions = new JsonWriterOptions { Indented = false };
            });
        }
        return builder;
    }

    /// <summary>The Lambda Web Adapter passes API Gateway's request context, whose requestId is the
    /// one in the stage's access log.</summary>
    public const string ApiGatewayContextHeader = "x-amzn-request-context";

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app)
    {
        // Scopes are shared by every logger of the factory: one begun here is on each line of the request.
        var requests = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("CloudRetail.Requests");
        return app.Use(async (http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
                return Task.CompletedTask;
            });
            if (ApiGatewayRequestId(http.Request.Headers[ApiGatewayContextHeader].ToString()) is not { } apiRequestId)
            {
                await next(http);
                return;
            }
            using (requests.BeginScope(new KeyValuePair<string, object>[] { new("ApiRequestId", apiRequestId) }))
            {
                await next(http);
            }
        });
    }

    /// <summary>requestId of API Gateway's request context (JSON); null when absent or not that shape.</summary>
    public static string? ApiGatewayRequestId(string context)
    {
        if (context.Length is 0 or > 16 * 1024)
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(context);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("requestId", out var id) && id.ValueKind == JsonValueKind.String
                && id.GetString() is { Length: > 0 and <= 128 } value
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
