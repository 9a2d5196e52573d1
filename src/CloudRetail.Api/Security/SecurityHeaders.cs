using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Api.Security;

/// <summary>
/// Headers every response carries, errors included (they are added as the response starts, after
/// any handler has cleared it). One Content-Security-Policy for every page: only this origin and
/// the picture bucket. Swagger UI needs nothing more (its page loads its scripts from /swagger; a
/// browser test proves it still draws the API).
/// </summary>
internal sealed class SecurityHeaders(string storefrontPolicy)
{
    /// <summary>The production build loads its global stylesheet with
    /// <c>onload="this.media='all'"</c> (critical CSS inlining); that one handler is allowed by its hash
    /// and no other inline script.</summary>
    public const string StylesheetOnload = "'unsafe-hashes' 'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

    /// <summary>Angular adds component styles as style elements at run time, hence inline style;
    /// scripts only from this origin. Pictures come pre-signed from the bucket's own origin, and
    /// an admin's picture upload PUTs there.</summary>
    public static SecurityHeaders From(IConfiguration configuration)
    {
        var bucket = PictureOrigin(configuration) is { Length: > 0 } origin ? " " + origin : "";
        return new($"default-src 'self'; script-src 'self' {StylesheetOnload}; style-src 'self' 'unsafe-inline'; img-src 'self' data:{bucket}; " +
            $"font-src 'self'; connect-src 'self'{bucket}; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    /// <summary>Where pre-signed picture URLs point: the local S3 emulator (path-style), or the
    /// bucket's regional virtual-hosted origin in AWS.</summary>
    public static string PictureOrigin(IConfiguration configuration)
    {
        if (configuration.LocalAws().S3Url is { Length: > 0 } local)
        {
            return new Uri(local).GetLeftPart(UriPartial.Authority);
        }
        return configuration[ShopSettings.ImagesBucket] is { Length: > 0 } bucket
            ? $"https://{bucket}.s3.{configuration.Setting(ShopSettings.AwsRegion, "us-east-1")}.amazonaws.com"
            : "";
    }

    public void AddTo(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = storefrontPolicy;
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        }
    }
}

internal static class SecurityHeadersExtensions
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var headers = SecurityHeaders.From(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                headers.AddTo(http);
                return Task.CompletedTask;
            });
            return next(http);
        });
    }
}
