using CloudRetail.BuildingBlocks;
using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Api.Security;

/// <summary>
/// Headers every response carries, errors included (they are added as the response starts, after
/// any handler has cleared it). One Content-Security-Policy for every page: only this origin and
/// the picture bucket (<see cref="SecurityHeaderValues"/>, which CloudFront sends too). Swagger UI needs nothing more (its page loads its scripts from /swagger; a
/// browser test proves it still draws the API).
/// </summary>
internal sealed class SecurityHeaders(string storefrontPolicy)
{
    /// <summary>The policy of <see cref="SecurityHeaderValues"/> with this deployment's picture bucket.</summary>
    public static SecurityHeaders From(IConfiguration configuration) =>
        new(SecurityHeaderValues.ContentSecurityPolicy(PictureOrigin(configuration)));

    /// <summary>Where pre-signed picture URLs point: the local S3 emulator (path-style), or the
    /// bucket's regional virtual-hosted origin in AWS.</summary>
    public static string PictureOrigin(IConfiguration configuration)
    {
        if (configuration.LocalAws().S3Url is { Length: > 0 } local)
        {
            return new Uri(local).GetLeftPart(UriPartial.Authority);
        }
        return configuration[ShopSettings.ImagesBucket] is { Length: > 0 } bucket
            ? SecurityHeaderValues.BucketOrigin(bucket, configuration.Setting(ShopSettings.AwsRegion, "us-east-1"))
            : "";
    }

    public void AddTo(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = SecurityHeaderValues.ContentTypeOptions;
        headers["Referrer-Policy"] = SecurityHeaderValues.ReferrerPolicy;
        headers.XFrameOptions = SecurityHeaderValues.FrameOptions;
        headers.ContentSecurityPolicy = storefrontPolicy;
        if (http.Request.IsHttps)
        {
            headers.StrictTransportSecurity = SecurityHeaderValues.StrictTransportSecurity;
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
