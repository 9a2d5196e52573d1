using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using CloudRetail.Api.Cors;
using CloudRetail.Api.DemoData;
using CloudRetail.Api.Errors;
using CloudRetail.Api.LocalAws;
using CloudRetail.Api.Observability;
using CloudRetail.Api.OpenApi;
using CloudRetail.Api.RateLimits;
using CloudRetail.Api.Security;
using CloudRetail.Api.Storefront;
using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Observability;

namespace CloudRetail.Api;

/// <summary>What the host adds around the modules: errors, JSON, limits, auth, OpenAPI, headers, logs and metrics.</summary>
internal static class ShopHost
{
    /// <summary>JSON bodies are small; anything larger is refused before it is read.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    /// <summary>Swagger UI and the OpenAPI document are for developers: off in Production (Lambda,
    /// the container), where they only cost start-up time, unless this setting is true.</summary>
    public const string ApiDocsSetting = ShopSettings.ApiDocs;

    public static bool ServesApiDocs(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() || configuration.GetValue<bool>(ApiDocsSetting);

    public static WebApplicationBuilder AddShopHost(this WebApplicationBuilder builder)
    {
        // Before anything reads a setting: secrets named in SECRET_PARAMETERS come from SSM.
        builder.Configuration.AddRuntimeSecrets();
        // The Lambda Web Adapter and container platforms say where to listen through PORT.
        if (builder.Configuration["PORT"] is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
        }
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        builder.AddShopLogging();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddTrustedProxies(builder.Configuration);
        services.AddShopRateLimits(builder.Configuration, builder.Environment);
        services.AddOtlpExport(builder.Configuration);
        if (builder.Configuration[ShopSettings.MetricsNamespace] is { Length: > 0 } metricsNamespace)
        {
            // Listens from here on; it lives as long as the process, as the meters do.
            services.AddSingleton(new EmbeddedMetrics(metricsNamespace, Console.Out, TimeProvider.System));
        }
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemShape.Complete);
        ShopValidation.UseJsonFieldNames();
        services.AddExceptionHandler<ShopExceptionHandler>();
        // Binding failures (bad JSON, wrong types) become exceptions the handler turns into 400s that name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        // Enums travel as their names. Every module's JSON context says so at build time (all the
        // Native AOT binary has); the JIT build's reflection fallback, for a type no context lists,
        // is told the same here.
        if (RuntimeFeature.IsDynamicCodeSupported)
        {
            var enumsAsNames = new JsonStringEnumConverter(UpperCaseNames.Policy);
            services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(enumsAsNames));
        }
        services.AddShopAuthorization();
        services.AddStorefrontCors(builder.Configuration);
        if (ServesApiDocs(builder.Environment, builder.Configuration))
        {
            services.AddApiDocs();
        }
        return builder;
    }

    public static WebApplication UseShopHost(this WebApplication app)
    {
        // First, so that everything after sees the real client and scheme, and every answer,
        // errors included, carries the request id and the security headers.
        app.UseForwardedHeaders();
        app.UseCloudFrontViewer(app.Configuration);
        app.UseRequestIds();
        app.UseSecurityHeaders();
        // Behind a path prefix (a named API Gateway stage, a custom-domain mapping) requests arrive
        // as /<prefix>/api/...; strip it so routes match as they do locally. Requests without the
        // prefix still work. Routing must run after the strip, hence the explicit UseRouting.
        if (app.Configuration[ShopSettings.ApiBasePath] is { Length: > 0 } basePath)
        {
            app.UsePathBase(basePath);
            app.UseRouting();
        }
        app.UseStorefrontCors();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStorefrontFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseShopRateLimiter();
        if (ServesApiDocs(app.Environment, app.Configuration))
        {
            app.UseApiDocs();
        }
        return app;
    }

    public static IServiceCollection AddLocalDevelopment(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.LocalAws().CreateResources)
        {
            services.AddHostedService<LocalAwsResources>();
        }
        if (configuration.GetValue<bool>(DemoShop.Setting))
        {
            services.AddHostedService<DemoShop>();
        }
        return services;
    }
}
