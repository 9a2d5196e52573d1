using Amazon.DynamoDBv2;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.Aws;

public static class AwsServiceCollectionExtensions
{
    public const string RegionKey = ShopSettings.AwsRegion;
    public const string DefaultRegion = "ap-southeast-1";

    public static string Region(this IConfiguration configuration) => configuration[RegionKey] ?? DefaultRegion;

    public static LocalAwsOptions LocalAws(this IConfiguration configuration) =>
        configuration.GetSection(LocalAwsOptions.Section).Get<LocalAwsOptions>() ?? new LocalAwsOptions();

    /// <summary>One DynamoDB client for every module; each module still keeps to its own table.</summary>
    public static IServiceCollection AddDynamoDb(this IServiceCollection services, IConfiguration configuration)
    {
        var local = configuration.LocalAws();
        var config = new AmazonDynamoDBConfig { MaxErrorRetry = 3 };
        var counter = services.AddAwsCallCounting(configuration);
        if (counter is not null)
        {
            config.HttpClientFactory = new AwsCallCounting.CountingSdkHttpClients(counter, "dynamodb");
            ConsumedCapacityCounting.CountConsumedCapacity(counter);
        }
        LocalAwsOptions.Apply(config, local.DynamoDbUrl, configuration.Region());
        services.AddSingleton<IAmazonDynamoDB>(local.DynamoDbUrl is null
            ? new AmazonDynamoDBClient(config)
            : new AmazonDynamoDBClient(local.Credentials(), config));
        services.AddTransient<Persistence.WriteTransaction>();
        services.AddTransient<Persistence.ReadBatch>();
        return services;
    }
}
