using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CloudRetail.BuildingBlocks;

namespace CloudRetail.Api.Security;

/// <summary>
/// Behind the shop's CloudFront distribution the last X-Forwarded-For entry is an edge, shared by
/// every shopper it serves; the client is the viewer address CloudFront saw. That address is
/// believed only on a request carrying the origin secret, which the distribution adds to every
/// origin request and a caller of API Gateway cannot know; without it the header is ignored and
/// the trusted-proxy rule stands. Unset CLOUDFRONT_ORIGIN_SECRET: the header is never read.
/// </summary>
internal static class CloudFrontViewer
{
    public const string SecretHeader = "X-Origin-Verify";
    public const string ViewerAddressHeader = "CloudFront-Viewer-Address";

    public static IApplicationBuilder UseCloudFrontViewer(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (configuration[ShopSettings.CloudFrontOriginSecret] is not { Length: > 0 } setting)
        {
            return app;
        }
        var secret = Encoding.UTF8.GetBytes(setting);
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (CameThroughCloudFront(request.Headers[SecretHeader].ToString(), secret)
                && TryParse(request.Headers[ViewerAddressHeader].ToString(), out var viewer))
            {
                context.Connection.RemoteIpAddress = viewer;
            }
            // Nothing after this point needs the secret, and nothing should log it.
            request.Headers.Remove(SecretHeader);
            return next(context);
        });
    }

    private static bool CameThroughCloudFront(string presented, byte[] secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), secret);

    /// <summary>CloudFront writes <c>ip:port</c>, an IPv6 address unbracketed
    /// (<c>2001:db8::1:443</c>), so the port is after the last colon; <c>[ip]:port</c> is accepted too.</summary>
    public static bool TryParse(string value, out IPAddress address)
    {
        address = IPAddress.None;
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || !ushort.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return false;
        }
        var host = value.AsSpan(0, colon);
        if (host is ['[', .. var inner, ']'])
        {
            host = inner;
        }
        if (!IPAddress.TryParse(host, out var parsed))
        {
            return false;
        }
        address = parsed;
        return true;
    }
}
