using System.Text.Json;

namespace CloudRetail.Api.Observability;

/// <summary>
/// One JSON object a line outside Development (the framework's JSON console formatter), with the
/// scopes that carry each request's RequestId and the current TraceId and SpanId. Development
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

    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                http.Response.Headers[RequestIdHeader] = http.TraceIdentifier;
                return Task.CompletedTask;
            });
            return next(http);
        });
}
