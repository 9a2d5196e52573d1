using Amazon.S3;
using Amazon.S3.Model;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Invoices.Issuing;

/// <summary>The invoice PDFs in their private bucket, one object per invoice number; shoppers fetch
/// theirs through a short-lived pre-signed URL (signing is local computation: no call to S3).</summary>
internal sealed class InvoiceFiles(IAmazonS3 s3, PresignedDownloads downloads, InvoicesOptions options, TimeProvider clock)
{
    public const string ContentType = "application/pdf";

    /// <summary>Stores the PDF as its plain bytes (no aws-chunked framing, which s3rver would keep).
    /// Storing the same invoice again writes the same object.</summary>
    public async Task StoreAsync(string key, byte[] pdf, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(pdf, writable: false);
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.BucketName,
            Key = key,
            ContentType = ContentType,
            InputStream = content,
            UseChunkEncoding = false,
        }, cancellationToken);
    }

    /// <summary>A URL that downloads the PDF until <c>expiresAt</c>.</summary>
    public (string Url, DateTimeOffset ExpiresAt) DownloadUrl(string key)
    {
        var expiresAt = clock.GetUtcNow().Add(options.UrlLifetime);
        return (downloads.Url(options.BucketName, key, options.UrlLifetime), expiresAt);
    }
}
