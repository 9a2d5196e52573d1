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
        var health = api.MapGroup("/health").WithTag("Health", "Is the API up, and can it reach its database? For load balancers, monitors and operators.");
        health.MapGet("", GetHealth.Handle).WithName("GetHealth").AllowAnonymous().CallsNoDependency()
            .WithSummary("Check that the API is up")
            .WithDescription("Liveness: answers at once without calling DynamoDB or anything else, so probes get a fast answer. `requestId` is this request's id.");
        health.MapGet("/ready", GetReadiness.Handle).WithName("GetReadiness").AllowAnonymous()
            .WithSummary("Check that the API can reach its tables")
            .WithDescription("Readiness: 200 when every module's DynamoDB table answers within 3 seconds, 503 with Retry-After when one does not.");
        // It writes, so it is not for everyone on the internet.
        health.MapPost("/db-test", RunDatabaseRoundTrip.Handle).WithName("RunDatabaseRoundTrip").RequireAuthorization(ShopPolicies.Admin)
            .WithSummary("Write and read back a test record (staff)")
            .WithDescription("Writes a demo record to the health table and reads it back, proving write access end to end. The record expires after an hour.");
        return api;
    }
}
