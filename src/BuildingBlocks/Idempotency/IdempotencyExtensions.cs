using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CloudRetail.BuildingBlocks.Idempotency;

public static class IdempotencyExtensions
{
    public static IServiceCollection AddIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        // The lease outlives any request (checkout makes three DynamoDB calls) yet lets a retry take over
        // within seconds of a request that died.
        var options = new IdempotencyOptions(
            configuration.Setting(ShopSettings.IdempotencyTable, "cloudretail-idempotency"), Lifetime: TimeSpan.FromHours(24), Lease: TimeSpan.FromSeconds(30));
        services.AddSingleton(options);
        services.AddSingleton(IdempotencyTable.Definition(options.TableName));
        services.AddSingleton<IdempotencyTable>();
        return services;
    }

    /// <summary>Honours an Idempotency-Key header on this endpoint (and says so to the OpenAPI document).</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddFilter(services => new IdempotencyFilter(services.GetRequiredService<IdempotencyTable>(), services.GetRequiredService<IHostApplicationLifetime>()))
            .WithMetadata(IdempotencyKeyHeader.Instance)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>Marks an endpoint that honours the Idempotency-Key header.</summary>
public sealed class IdempotencyKeyHeader
{
    public const string Description =
        "Optional, at most 128 characters, unique per attempt (a UUID). Retrying with the same key and body replays the first answer " +
        "(header Idempotent-Replayed: true); the same key with another body is 422; a retry while the first is still running is 409.";

    public static readonly IdempotencyKeyHeader Instance = new();

    public const string Name = IdempotencyFilter.Header;

    private IdempotencyKeyHeader()
    {
    }
}
