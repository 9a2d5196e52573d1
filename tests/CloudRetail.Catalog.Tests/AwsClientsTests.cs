using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Aws;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Catalog.Tests;

/// <summary>The SDK clients the host registers through AddAWSService, as configuration describes
/// them: pointed at the emulators locally, at the region in AWS. Nothing here calls a service.</summary>
public sealed class AwsClientsTests
{
    private const string S3Emulator = "http://127.0.0.1:4569";
    private const string DynamoDbEmulator = "http://127.0.0.1:8000";

    private static ServiceProvider Host(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddDynamoDb(configuration)
            .AddCatalogModule(configuration)
            .BuildServiceProvider();
    }

    [Fact]
    public void Locally_s3_is_the_emulator_by_path_with_its_keys_and_checksums_only_when_required()
    {
        using var host = Host(("AWS_REGION", "eu-west-1"), ("LocalAws:S3Url", S3Emulator));
        var s3 = host.GetRequiredService<IAmazonS3>();

        var config = (AmazonS3Config)s3.Config;
        Assert.True(config.ForcePathStyle);
        Assert.Equal(RequestChecksumCalculation.WHEN_REQUIRED, config.RequestChecksumCalculation);
        Assert.Equal(ResponseChecksumValidation.WHEN_REQUIRED, config.ResponseChecksumValidation);
        // A pre-signed URL is computed locally: it shows the address, the keys and the signing region.
        var url = s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "pictures", Key = "products/P001.jpg", Verb = HttpVerb.GET, Protocol = Protocol.HTTP, Expires = DateTime.UtcNow.AddMinutes(5),
        });
        Assert.StartsWith($"{S3Emulator}/pictures/products/P001.jpg?", url, StringComparison.Ordinal);
        Assert.Contains("X-Amz-Credential=S3RVER%2F", url, StringComparison.Ordinal);
        Assert.Contains("%2Feu-west-1%2Fs3%2Faws4_request", url, StringComparison.Ordinal);
    }

    [Fact]
    public void Locally_dynamodb_is_the_emulator_signed_for_the_shops_region_with_three_retries()
    {
        using var host = Host(("AWS_REGION", "eu-west-1"), ("LocalAws:DynamoDbUrl", DynamoDbEmulator));

        var config = host.GetRequiredService<IAmazonDynamoDB>().Config;

        Assert.Equal(DynamoDbEmulator, config.ServiceURL.TrimEnd('/'));
        Assert.Equal("eu-west-1", config.AuthenticationRegion);
        Assert.Equal(3, config.MaxErrorRetry);
    }

    [Fact]
    public void In_aws_the_clients_use_the_region_and_build_before_any_credentials_are_found()
    {
        // No emulator: the default credential chain, searched at the first call. On a machine
        // without credentials (this one) building the clients must still succeed, as it did when
        // they were built by hand: a host without credentials starts and fails only its AWS calls.
        using var host = Host(("AWS_REGION", "eu-west-1"));

        Assert.Equal("eu-west-1", host.GetRequiredService<IAmazonDynamoDB>().Config.RegionEndpoint.SystemName);
        var s3 = (AmazonS3Config)host.GetRequiredService<IAmazonS3>().Config;
        Assert.Equal("eu-west-1", s3.RegionEndpoint.SystemName);
        Assert.False(s3.ForcePathStyle);
        Assert.Equal(RequestChecksumCalculation.WHEN_REQUIRED, s3.RequestChecksumCalculation);
    }

    [Fact]
    public void The_aws_section_names_the_region_when_it_has_one()
    {
        using var host = Host(("AWS_REGION", "eu-west-1"), ("AWS:Region", "us-east-2"));

        Assert.Equal("us-east-2", host.GetRequiredService<IAmazonDynamoDB>().Config.RegionEndpoint.SystemName);
    }
}
