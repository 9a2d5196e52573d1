using CloudRetail.BuildingBlocks;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace CloudRetail.Api.Cors;

/// <summary>Lets a storefront served from another origin (ng serve on :4200, a CDN domain) call the
/// API from the browser. Only the configured origins get CORS headers; any other origin gets none,
/// so its browser refuses to read the answer.</summary>
internal static class StorefrontCors
{
    /// <summary>The headers the storefront sends; anything else is refused at preflight.</summary>
    public static readonly string[] RequestHeaders = ["Authorization", "Content-Type", "Idempotency-Key"];

    /// <summary>Answers the storefront reads beyond the safelisted ones.</summary>
    public static readonly string[] ResponseHeaders = ["Idempotent-Replayed", "Location"];

    public static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE"];

    public static IServiceCollection AddStorefrontCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(Methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ResponseHeaders)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }

    /// <summary>What UseCors does, minus its cost at every cold start: UseMiddleware binds the
    /// middleware's per-request policy provider by compiling an expression, about 13 ms of start-up
    /// (docs/performance.md). Here the provider is resolved per request as UseMiddleware would.</summary>
    public static IApplicationBuilder UseStorefrontCors(this IApplicationBuilder app)
    {
        var corsService = app.ApplicationServices.GetRequiredService<ICorsService>();
        var loggerFactory = app.ApplicationServices.GetRequiredService<ILoggerFactory>();
        return app.Use(next =>
        {
            var cors = new CorsMiddleware(next, corsService, loggerFactory);
            return context => cors.Invoke(context, context.RequestServices.GetRequiredService<ICorsPolicyProvider>());
        });
    }

    public static string[] AllowedOrigins(IConfiguration configuration) =>
        (configuration[ShopSettings.CorsAllowedOrigins] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(origin => origin.TrimEnd('/'))
            .ToArray();
}
