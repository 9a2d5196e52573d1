using Amazon.DynamoDBv2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>
/// The counts behind every limit: how many times a client (a key) did something in a window of one
/// limit. In this process's memory (<see cref="MemoryClientCounts"/>) or in DynamoDB, shared by every
/// instance (DynamoDbClientCounts); <see cref="ShopSettings.RateLimitStore"/> chooses.
/// </summary>
public interface IClientCounts
{
    /// <summary>Counts one more for <paramref name="key"/> if it is under <paramref name="limit"/> in
    /// the current window; null when counted, otherwise how long until it may try again.</summary>
    ValueTask<TimeSpan?> TryCountAsync(ClientLimit limit, string key, CancellationToken cancellationToken);

    /// <summary>How long until <paramref name="key"/> may try again, without counting; null when it may now.</summary>
    ValueTask<TimeSpan?> RetryAfterAsync(ClientLimit limit, string key, CancellationToken cancellationToken);
}

/// <summary>One limit: its name (keys of two limits never meet), how many per window, and the window.</summary>
public sealed record ClientLimit(string Name, int Permits, TimeSpan Window);

public enum ClientCountStore
{
    Memory,
    DynamoDb,
}

public static class ClientCountsRegistration
{
    /// <summary>Registers the <see cref="IClientCounts"/> that <see cref="ShopSettings.RateLimitStore"/>
    /// names: DYNAMODB (the default in Production, where many instances serve one shop) or MEMORY.</summary>
    public static IServiceCollection AddClientCounts(this IServiceCollection services, IConfiguration configuration, bool production)
    {
        var store = configuration[ShopSettings.RateLimitStore] switch
        {
            null or "" => production ? ClientCountStore.DynamoDb : ClientCountStore.Memory,
            var named when named.Equals("MEMORY", StringComparison.OrdinalIgnoreCase) => ClientCountStore.Memory,
            var named when named.Equals("DYNAMODB", StringComparison.OrdinalIgnoreCase) => ClientCountStore.DynamoDb,
            var other => throw new InvalidOperationException($"{ShopSettings.RateLimitStore} must be MEMORY or DYNAMODB, not '{other}'"),
        };
        if (store == ClientCountStore.Memory)
        {
            return services.AddSingleton<IClientCounts>(sp => new MemoryClientCounts(sp.GetRequiredService<TimeProvider>()));
        }
        var table = configuration.Setting(ShopSettings.RateLimitsTable, "cloudretail-rate-limits");
        services.AddSingleton(DynamoDbClientCounts.Definition(table));
        return services.AddSingleton<IClientCounts>(sp =>
            new DynamoDbClientCounts(sp.GetRequiredService<IAmazonDynamoDB>(), table, sp.GetRequiredService<TimeProvider>()));
    }
}
