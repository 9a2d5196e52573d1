using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record SignedOut(string Message);

internal static class Logout
{
    /// <summary>Signs the shopper out everywhere: Cognito revokes every refresh token they hold, so a
    /// stolen one is worthless. Access tokens already handed out stay valid to this API until they
    /// expire (an hour), as with any self-contained JWT; Cognito itself refuses them at once.</summary>
    public static async Task<Results<Ok<SignedOut>, ProblemHttpResult>> Handle(
        HttpContext http, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        var accessToken = await CallerToken.ReadAsync(http);
        try
        {
            await cognito.SignOutEverywhereAsync(accessToken, cancellationToken);
            return TypedResults.Ok(new SignedOut("Logged out successfully"));
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
