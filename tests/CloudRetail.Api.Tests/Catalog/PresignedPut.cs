using System.Security.Cryptography;
using System.Text;

namespace CloudRetail.Api.Tests.Catalog;

/// <summary>
/// What S3 checks of a request to a pre-signed (SigV4 query-string) URL: it rebuilds the canonical
/// request from the request it received, using the headers the URL names in X-Amz-SignedHeaders, and
/// compares signatures. s3rver does not check V4 signatures, so the tests ask this instead; a request
/// as declared must verify (which proves the check computes what the SDK signed), anything else must not.
/// </summary>
internal static class PresignedPut
{
    public static IReadOnlyList<string> SignedHeaders(string url) =>
        Query(new Uri(url))["X-Amz-SignedHeaders"].Split(';');

    /// <summary>Whether S3 would take a PUT of <paramref name="contentLength"/> bytes of <paramref name="contentType"/> to <paramref name="url"/>.</summary>
    public static bool Verifies(string url, string contentType, long contentLength, string secretKey)
    {
        var uri = new Uri(url);
        var query = Query(uri);
        var actual = new Dictionary<string, string>
        {
            ["content-length"] = contentLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["content-type"] = contentType,
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
        };
        var signedHeaders = query["X-Amz-SignedHeaders"];
        var canonicalHeaders = string.Concat(signedHeaders.Split(';').Select(h => $"{h}:{actual.GetValueOrDefault(h, "")}\n"));
        var canonicalQuery = string.Join("&", query.Where(p => p.Key != "X-Amz-Signature").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var canonicalRequest = $"PUT\n{uri.AbsolutePath}\n{canonicalQuery}\n{canonicalHeaders}\n{signedHeaders}\nUNSIGNED-PAYLOAD";
        var scope = query["X-Amz-Credential"][(query["X-Amz-Credential"].IndexOf('/', StringComparison.Ordinal) + 1)..];
        var stringToSign = $"AWS4-HMAC-SHA256\n{query["X-Amz-Date"]}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
        foreach (var part in scope.Split('/'))
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }
        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign))) == query["X-Amz-Signature"];
    }

    private static Dictionary<string, string> Query(Uri uri) =>
        uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1]));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
