using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Catalog.Images;

/// <summary>Product pictures live in a private bucket; browsers fetch and upload them through
/// short-lived pre-signed URLs. Signing is local computation: no call to S3.</summary>
internal sealed class ProductImages(IAmazonS3 s3, PresignedDownloads downloads, CatalogOptions options, TimeProvider clock)
{
    private readonly Protocol _protocol = s3.Config.ServiceURL?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true
        ? Protocol.HTTP
        : Protocol.HTTPS;

    public TimeSpan Lifetime => options.SignedUrlLifetime;

    /// <summary>A URL the browser GETs the picture from, for every product of every listing.</summary>
    public string? DownloadUrl(string? imageKey) => imageKey is null ? null : downloads.Url(options.BucketName, imageKey, options.SignedUrlLifetime);

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
