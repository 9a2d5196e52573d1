using System.Web;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.BuildingBlocks.Tests;

/// <summary>
/// <see cref="SigV4.PresignS3Get"/> against the SDK's own GetPreSignedURL (AWSSDK.S3) as the oracle:
/// for the same object, keys, moment and lifetime, the same URL (scheme, host, path and every query
/// parameter, the signature among them), for AWS's virtual-hosted buckets and the emulator's paths,
/// with and without a session token (Lambda's role), and keys that need encoding.
/// </summary>
public sealed class PresignedS3GetTests
{
    private const string Bucket = "cloudretail-products-bucket";
    private static readonly AwsKeys Keys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly AwsKeys RoleKeys = Keys with { SessionToken = "IQoJb3JpZ2luX2VjEOr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+token/with=padding==" };

    public static TheoryData<string> ObjectKeys => new()
    {
        "products/P001.svg",
        "products/T-ffc56752b6a0440f8b5aa3.png",
        "products/with space+plus&amp=equals.jpg",
        "products/ünïcödé/ß~tilde_under-dash.webp",
        "products/(brackets)[and]{braces}'quote'!*.gif",
    };

    [Theory]
    [MemberData(nameof(ObjectKeys))]
    public void An_aws_bucket_url_is_the_one_the_sdk_signs(string key)
    {
        foreach (var (keys, region) in new[] { (Keys, "us-east-1"), (RoleKeys, "eu-central-1") })
        {
            var sdk = SdkUrl(new AmazonS3Config { RegionEndpoint = RegionEndpoint.GetBySystemName(region) }, keys, key, Protocol.HTTPS);

            var ours = SigV4.PresignS3Get($"https://{Bucket}.s3.{region}.amazonaws.com/{key}", keys, region, SignedAt(sdk), ExpiresIn(sdk));

            AssertSameUrl(sdk, ours);
        }
    }

    [Theory]
    [MemberData(nameof(ObjectKeys))]
    public void An_emulator_path_style_url_is_the_one_the_sdk_signs(string key)
    {
        var config = new AmazonS3Config { ServiceURL = "http://127.0.0.1:4569", ForcePathStyle = true, AuthenticationRegion = "us-east-1" };
        var sdk = SdkUrl(config, Keys, key, Protocol.HTTP);

        var ours = SigV4.PresignS3Get($"http://127.0.0.1:4569/{Bucket}/{key}", Keys, "us-east-1", SignedAt(sdk), ExpiresIn(sdk));

        AssertSameUrl(sdk, ours);
    }

    [Fact]
    public void A_different_moment_key_or_secret_gives_a_different_signature()
    {
        var at = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero);
        var url = $"https://{Bucket}.s3.us-east-1.amazonaws.com/products/P001.svg";
        var signature = Signature(SigV4.PresignS3Get(url, Keys, "us-east-1", at, TimeSpan.FromMinutes(5)));

        Assert.NotEqual(signature, Signature(SigV4.PresignS3Get(url, Keys, "us-east-1", at.AddSeconds(1), TimeSpan.FromMinutes(5))));
        Assert.NotEqual(signature, Signature(SigV4.PresignS3Get(url.Replace("P001", "P002"), Keys, "us-east-1", at, TimeSpan.FromMinutes(5))));
        Assert.NotEqual(signature, Signature(SigV4.PresignS3Get(url, Keys with { SecretAccessKey = "other" }, "us-east-1", at, TimeSpan.FromMinutes(5))));
    }

    private static Uri SdkUrl(AmazonS3Config config, AwsKeys keys, string key, Protocol protocol)
    {
        AWSCredentials credentials = keys.SessionToken is { } token
            ? new SessionAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey, token)
            : new BasicAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey);
        using var s3 = new AmazonS3Client(credentials, config);
        return new Uri(s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = Bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Protocol = protocol,
            Expires = DateTime.UtcNow.AddMinutes(5),
        }));
    }

    private static DateTimeOffset SignedAt(Uri sdk) =>
        DateTimeOffset.ParseExact(HttpUtility.ParseQueryString(sdk.Query)["X-Amz-Date"]!, "yyyyMMdd'T'HHmmss'Z'",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);

    private static TimeSpan ExpiresIn(Uri sdk) => TimeSpan.FromSeconds(int.Parse(HttpUtility.ParseQueryString(sdk.Query)["X-Amz-Expires"]!, System.Globalization.CultureInfo.InvariantCulture));

    private static string Signature(string url) => HttpUtility.ParseQueryString(new Uri(url).Query)["X-Amz-Signature"]!;

    private static void AssertSameUrl(Uri sdk, string ours)
    {
        var url = new Uri(ours);
        Assert.Equal(sdk.GetLeftPart(UriPartial.Path), url.GetLeftPart(UriPartial.Path));
        Assert.Equal(sdk.AbsolutePath, url.AbsolutePath);
        Assert.Equal(Parameters(sdk), Parameters(url));
    }

    private static SortedDictionary<string, string> Parameters(Uri url)
    {
        var query = HttpUtility.ParseQueryString(url.Query);
        return new(query.AllKeys.ToDictionary(k => k!, k => query[k]!), StringComparer.Ordinal);
    }
}
