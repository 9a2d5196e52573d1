using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

/// <summary>The caller: <c>id</c> is the token's sub, the id every other module keys the shopper by.</summary>
internal sealed record Profile(string Id, string? Email, bool EmailVerified, IReadOnlyList<string> Roles);

internal static class GetProfile
{
    public const string CustomerRole = "customer";

    /// <summary>The e-mail is not in an access token; Cognito's GetUser, called with the caller's own
    /// token, reads it (and refuses a token revoked by logout).</summary>
    public static async Task<Results<Ok<Profile>, ProblemHttpResult>> Handle(
        HttpContext http, ClaimsPrincipal user, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        var accessToken = await CallerToken.ReadAsync(http);
        try
        {
            var account = await cognito.GetUserAsync(accessToken, cancellationToken);
            string[] roles = user.IsAdmin() ? [ShopperClaims.AdminGroup] : [CustomerRole];
            return TypedResults.Ok(new Profile(user.ShopperId(), account.Attribute("email"), account.Attribute("email_verified") == "true", roles));
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
