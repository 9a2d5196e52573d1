using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CloudRetail.Identity.Security;

/// <summary>401 and 403 as problem+json with a message that says what to do, like every other error.</summary>
internal static class TokenProblems
{
    public const string SignInRequired = "Sign-in required: send 'Authorization: Bearer <accessToken>'";
    public const string Expired = "The access token has expired: refresh it or sign in again";
    public const string Invalid = "The access token is not valid";
    public const string Forbidden = "Your account is not allowed to do this";
    public const string KeysUnavailable = "Sign-in cannot be checked right now: try again shortly (you are still signed in)";

    public static async Task WriteUnauthorizedAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        if (context.AuthenticateFailure is SigningKeysUnavailableException)
        {
            context.Response.Headers.RetryAfter = ((int)PoolSigningKeys.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteAsync(context.HttpContext, StatusCodes.Status503ServiceUnavailable, KeysUnavailable);
            return;
        }
        var message = context.AuthenticateFailure switch
        {
            null => SignInRequired,
            SecurityTokenExpiredException => Expired,
            AuthenticationFailureException ours => ours.Message,
            _ => Invalid,
        };
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, message);
    }

    public static Task WriteForbiddenAsync(ForbiddenContext context) =>
        WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, Forbidden);

    private static async Task WriteAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = message };
        problem.Extensions["message"] = message;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
