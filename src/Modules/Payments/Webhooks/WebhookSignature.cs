using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CloudRetail.Payments.Webhooks;

/// <summary>The payment webhook's signature: header <c>Payment-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>,
/// where v1 is HMAC-SHA256 with the shared secret over <c>"&lt;t&gt;." + raw body</c>. Signing the
/// timestamp with the body means a captured request cannot be replayed later with a fresh time.</summary>
internal static class WebhookSignature
{
    public const string Header = "Payment-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hmac(secret, timestamp, body)}";
    }

    /// <summary>Verifies the webhook's signature: null when the header signs this body within
    /// <paramref name="tolerance"/> of now; otherwise why the signature is refused.</summary>
    public static string? Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = (header ?? "").Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToLookup(p => p[0], p => p[1]);
        var timestamp = parts["t"].FirstOrDefault();
        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !parts["v1"].Any())
        {
            return $"{Header} must be t=<unix seconds>,v1=<hex HMAC-SHA256>";
        }
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return $"{Header} timestamp is more than {tolerance.TotalMinutes:0} minutes from now";
        }
        var expected = Encoding.ASCII.GetBytes(Hmac(secret, timestamp, body));
        return parts["v1"].Any(v => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(v)))
            ? null
            : $"{Header} does not match the body";
    }

    private static string Hmac(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
