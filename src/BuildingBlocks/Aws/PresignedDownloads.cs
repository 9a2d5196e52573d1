using Amazon.Runtime;
using Amazon.S3;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>
/// Pre-signed GET URLs of the shop's buckets (pictures, invoices), signed by the shop
/// (<see cref="SigV4.PresignS3Get"/>, the SDK's own URL at a fraction of its cost) with the keys and
/// at the address the S3 client uses: by path on the emulator (the client is path-style there), else
/// the bucket's regional virtual-hosted origin, the one the storefront's CSP names. Signing is local
/// computation: no call to S3.
/// </summary>
/// <param name="credentials">What the S3 client signs with (<see cref="AwsServiceCollectionExtensions.ClientCredentials"/>).</param>
public sealed class PresignedDownloads(IAmazonS3 s3, AWSCredentials credentials, TimeProvider clock)
{
    private readonly string _region = s3.Config.AuthenticationRegion ?? s3.Config.RegionEndpoint.SystemName;
    private readonly string? _emulator = s3.Config.ServiceURL is { Length: > 0 } url ? url.TrimEnd('/') : null;

    /// <summary>A URL that GETs <paramref name="key"/> of <paramref name="bucket"/> for <paramref name="lifetime"/> from now.</summary>
    public string Url(string bucket, string key, TimeSpan lifetime)
    {
        var objectUrl = _emulator is null
            ? $"{SecurityHeaderValues.BucketOrigin(bucket, _region)}/{key}"
            : $"{_emulator}/{bucket}/{key}";
        return SigV4.PresignS3Get(objectUrl, AwsKeys.From(credentials.GetCredentials()), _region, clock.GetUtcNow(), lifetime);
    }
}
