using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Health.Endpoints;
using CloudRetail.Health.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Health;

public static class HealthModule
{
    public const string LivenessPath = ShopPaths.Liveness;

    public static IServiceCollection AddHealthModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = HealthOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(HealthTable.Definition(options.TableName));
        services.AddSingleton<HealthTable>();
        services.AddJsonTypes(HealthJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder api)
    {
        var health = api.MapGroup("/health").WithTags("Health");
        health.MapGet("", GetHealth.Handle).WithName("GetHealth").AllowAnonymous();
        health.MapGet("/ready", GetReadiness.Handle).WithName("GetReadiness").AllowAnonymous();
        // It writes, so it is not for everyone on the internet.
        health.MapPost("/db-test", RunDatabaseRoundTrip.Handle).WithName("RunDatabaseRoundTrip").RequireAuthorization(ShopPolicies.Admin);
        return api;
    }
}
