using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.Extensions.NETCore.Setup;
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

    /// <summary>
    /// What AddAWSService builds a client from: the "AWS" section (GetAWSOptions: a profile, retry
    /// settings) in the shop's region (AWS_REGION unless that section names one); pointed at the
    /// emulator, with the emulator's keys, when <paramref name="emulatorUrl"/> is set.
    /// </summary>
    public static AWSOptions AwsOptions(this IConfiguration configuration, string? emulatorUrl)
    {
        var options = configuration.GetAWSOptions();
        options.Region ??= RegionEndpoint.GetBySystemName(configuration.Region());
        if (emulatorUrl is null)
        {
            if (options.Profile is null)
            {
                options.Credentials ??= new DefaultCredentialsOnFirstUse();
            }
            return options;
        }
        options.Credentials = configuration.LocalAws().Credentials();
        options.DefaultClientConfig.ServiceURL = emulatorUrl;
        options.DefaultClientConfig.AuthenticationRegion = options.Region.SystemName;
        return options;
    }

    /// <summary>The keys a client built from these options signs with, for what the shop signs by
    /// itself (<see cref="PresignedDownloads"/>): the emulator's, a named profile's, or the default chain's.</summary>
    public static AWSCredentials ClientCredentials(this AWSOptions options) =>
        options.Credentials
        ?? (options.Profile is { } profile && new Amazon.Runtime.CredentialManagement.CredentialProfileStoreChain(options.ProfilesLocation)
            .TryGetAWSCredentials(profile, out var fromProfile)
                ? fromProfile
                : new DefaultCredentialsOnFirstUse());

    /// <summary>One DynamoDB client for every module; each module still keeps to its own table.</summary>
    public static IServiceCollection AddDynamoDb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAWSService<IAmazonDynamoDB>(configuration.AwsOptions(configuration.LocalAws().DynamoDbUrl), (config, _) => config.MaxErrorRetry = 3);
        services.AddSingleton<Persistence.Transactions>();
        services.AddSingleton(Persistence.Paging.From(configuration));
        return services;
    }

    /// <summary>One S3 client for every module that stores objects (each in its own bucket); the first
    /// module to ask registers it.</summary>
    public static IServiceCollection AddS3(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(IAmazonS3)))
        {
            return services;
        }
        var emulator = configuration.LocalAws().S3Url;
        var options = configuration.AwsOptions(emulator);
        services.AddAWSService<IAmazonS3>(options, (config, _) =>
        {
            var s3 = (AmazonS3Config)config;
            // s3rver serves buckets by path; it also predates the SDK's default payload checksums.
            s3.ForcePathStyle = emulator is not null;
            s3.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            s3.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        });
        // The client's own credentials object, so both sign with one cached set of keys.
        var signing = options.ClientCredentials();
        services.AddSingleton(sp => new PresignedDownloads(sp.GetRequiredService<IAmazonS3>(), signing, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
