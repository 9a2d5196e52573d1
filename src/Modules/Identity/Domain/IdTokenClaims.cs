using System.Buffers.Text;
using System.Text.Json;

namespace CloudRetail.Identity.Domain;

/// <summary>The shopper and verified e-mail an ID token names. The token is read only as it comes
/// back from Cognito's own sign-in answer (over TLS), never from a client, so its claims are
/// Cognito's word without checking the signature again.</summary>
internal static class IdTokenClaims
{
    public static (string ShopperId, string Email)? VerifiedEmail(string idToken)
    {
        var parts = idToken.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var claims = payload.RootElement;
            var verified = claims.TryGetProperty("email_verified", out var v)
                && (v.ValueKind == JsonValueKind.True || (v.ValueKind == JsonValueKind.String && v.GetString() == "true"));
            return verified && claims.TryGetProperty("sub", out var sub) && claims.TryGetProperty("email", out var email)
                && sub.GetString() is { Length: > 0 } shopperId && email.GetString() is { Length: > 0 } address
                ? (shopperId, address)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
