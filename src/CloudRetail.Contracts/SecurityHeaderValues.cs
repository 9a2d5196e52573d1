namespace CloudRetail;

/// <summary>
/// The security headers every answer carries, stated once: the API adds them to its own responses
/// and the stack's CloudFront response-headers policy adds the same to the storefront's files.
/// </summary>
public static class SecurityHeaderValues
{
    public const string ContentTypeOptions = "nosniff";
    public const string ReferrerPolicy = "no-referrer";
    public const string FrameOptions = "DENY";
    public const int StrictTransportSecurityMaxAgeSeconds = 31_536_000;
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>The production build loads its global stylesheet with
    /// <c>onload="this.media='all'"</c> (critical CSS inlining); that one handler is allowed by its hash
    /// and no other inline handler.</summary>
    public const string StylesheetOnload = "'unsafe-hashes' 'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

    /// <summary>index.html's one inline script, which asks for a landing page's first API answers and
    /// its first picture before the app runs (web/src/index.html); any change to it changes this hash.</summary>
    public const string LandingPreload = "'sha256-RYK0/URRpGyt/q8b9MIcYqpP/hj/izONbclV3Defrp8='";

    /// <summary>Only this origin and the picture bucket. Angular adds component styles as style
    /// elements at run time, hence inline style; scripts only from this origin and the two inline
    /// pieces above, by hash. Pictures come pre-signed from the bucket's own origin, and an admin's
    /// picture upload PUTs there.</summary>
    /// <param name="pictureOrigin">The bucket's origin (https://bucket.s3.region.amazonaws.com), or empty.</param>
    public static string ContentSecurityPolicy(string pictureOrigin)
    {
        var bucket = pictureOrigin is { Length: > 0 } ? " " + pictureOrigin : "";
        return $"default-src 'self'; script-src 'self' {StylesheetOnload} {LandingPreload}; style-src 'self' 'unsafe-inline'; img-src 'self' data:{bucket}; " +
            $"font-src 'self'; connect-src 'self'{bucket}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /// <summary>A bucket's regional virtual-hosted origin, where pre-signed URLs point in AWS.</summary>
    public static string BucketOrigin(string bucket, string region) => $"https://{bucket}.s3.{region}.amazonaws.com";

    /// <summary>Every bucket's origin in the region: what the storefront's CloudFront policy allows,
    /// since naming the pictures bucket there would close a dependency cycle (the bucket's CORS names
    /// the distribution). Pre-signed URLs still reach only the shop's bucket.</summary>
    public static string RegionalBucketOrigins(string region) => BucketOrigin("*", region);
}
