using System.Security.Cryptography;
using System.Text;

namespace CloudRetail.Identity.Cognito;

/// <summary>What an app client with a secret must send with each call, proving it knows the secret
/// without sending it: Base64(HMAC-SHA256(key: client secret, message: username + client id)).</summary>
internal static class SecretHash
{
    public static string For(string username, string clientId, string clientSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId)));
}
