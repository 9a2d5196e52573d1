using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CloudRetail.Identity.Security;

/// <summary>The verified access token the caller sent, for calls Cognito makes on the caller's behalf.</summary>
internal static class CallerToken
{
    public static async Task<string> ReadAsync(HttpContext http) =>
        await http.GetTokenAsync(JwtBearerDefaults.AuthenticationScheme, "access_token")
            ?? throw new InvalidOperationException("Only for signed-in endpoints: the bearer handler keeps their token (SaveToken)");
}
