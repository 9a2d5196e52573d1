using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Catalog.Images;

/// <summary>Product pictures live in a private bucket; browsers fetch and upload them through
/// short-lived pre-signed URLs. Signing is local computation: no call to S3.</summary>
/// <param name="credentials">What the S3 client signs with (<see cref="AwsServiceCollectionExtensions.SigningCredentials"/>).</param>
internal sealed class ProductImages(IAmazonS3 s3, CatalogOptions options, TimeProvider clock, AWSCredentials credentials)
{
    private readonly Protocol _protocol = s3.Config.ServiceURL?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true
        ? Protocol.HTTP
        : Protocol.HTTPS;
    private readonly string _region = s3.Config.AuthenticationRegion ?? s3.Config.RegionEndpoint.SystemName;

    /// <summary>Where the bucket's objects are: by path on the emulator (the client is path-style
    /// there), else the bucket's regional virtual-hosted origin, the one the storefront's CSP names.</summary>
    private readonly string _objectUrlPrefix = s3.Config.ServiceURL is { Length: > 0 } emulator
        ? $"{emulator.TrimEnd('/')}/{options.BucketName}/"
        : $"{SecurityHeaderValues.BucketOrigin(options.BucketName, s3.Config.RegionEndpoint.SystemName)}/";

    public TimeSpan Lifetime => options.SignedUrlLifetime;

    /// <summary>A URL the browser GETs the picture from, for every product of every listing: signed
    /// here (<see cref="SigV4.PresignS3Get"/>, the SDK's own URL at a fraction of its cost), not by the SDK.</summary>
    public string? DownloadUrl(string? imageKey)
    {
        if (imageKey is null)
        {
            return null;
        }
        var keys = credentials.GetCredentials();
        return SigV4.PresignS3Get(_objectUrlPrefix + imageKey, new AwsKeys(keys.AccessKey, keys.SecretKey, keys.UseToken ? keys.Token : null),
            _region, clock.GetUtcNow(), options.SignedUrlLifetime);
    }

    /// <summary>A URL the browser PUTs the picture to. The content type and the length are signed
    /// headers: S3 refuses a PUT whose Content-Type or Content-Length differs from what was declared,
    /// so the URL cannot store a page, a script or a bigger file than the limit the caller checked.</summary>
    public string UploadUrl(string imageKey, string contentType, long contentLength)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = options.BucketName,
            Key = imageKey,
            Verb = HttpVerb.PUT,
            ContentType = contentType,
            Protocol = _protocol,
            Expires = clock.GetUtcNow().Add(options.SignedUrlLifetime).UtcDateTime,
        };
        request.Headers.ContentLength = contentLength;
        return s3.GetPreSignedURL(request);
    }

    /// <summary>Stores the picture as its plain bytes. The SDK would otherwise stream it with
    /// aws-chunked signing, which real S3 decodes but s3rver stores verbatim, framing and all;
    /// a single signed payload is the same object in both.</summary>
    public async Task StoreAsync(string imageKey, ProductPicture picture, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(picture.Content.ToArray(), writable: false);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.BucketName,
            Key = imageKey,
            ContentType = picture.ContentType,
            InputStream = content,
            UseChunkEncoding = false,
        }, cancellationToken);
    }

    public static string KeyFor(string productId, string fileExtension) => $"products/{productId}.{fileExtension.TrimStart('.')}";
}
