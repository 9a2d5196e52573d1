using Amazon.Runtime;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>
/// Where the local emulators are. Absent in AWS, where the SDK's own region and credential chain apply.
/// </summary>
public sealed class LocalAwsOptions
{
    public const string Section = "LocalAws";
    public const string DynamoDbUrlSetting = Section + ":" + nameof(DynamoDbUrl);
    public const string S3UrlSetting = Section + ":" + nameof(S3Url);
    public const string CognitoUrlSetting = Section + ":" + nameof(CognitoUrl);
    public const string SesUrlSetting = Section + ":" + nameof(SesUrl);
    public const string CreateResourcesSetting = Section + ":" + nameof(CreateResources);

    public string? DynamoDbUrl { get; set; }
    public string? S3Url { get; set; }
    public string? CognitoUrl { get; set; }
    public string? SesUrl { get; set; }

    /// <summary>s3rver verifies signatures against S3RVER/S3RVER; the other emulators accept any key.</summary>
    public string AccessKey { get; set; } = "S3RVER";
    public string SecretKey { get; set; } = "S3RVER";

    /// <summary>Create tables and buckets at start-up (the emulators start empty; in AWS the CDK stack owns them).</summary>
    public bool CreateResources { get; set; }

    public AWSCredentials Credentials() => new BasicAWSCredentials(AccessKey, SecretKey);
}
