using CloudRetail.Identity.Cognito;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

/// <summary><c>userId</c> is the <c>id</c> from /api/auth/me (the token's sub). An app client with a
/// secret needs it: Cognito checks the secret hash against the user's id, which no refresh token shows.</summary>
internal sealed record RefreshRequest(string RefreshToken, string? UserId = null);

internal sealed class RefreshValidator : AbstractValidator<RefreshRequest>
{
    public const string UserIdRequired = "userId is required: send the id from /api/auth/me with the refresh token";

    public RefreshValidator(UserPool pool)
    {
        RuleFor(r => r.RefreshToken).NotEmpty().WithMessage("refreshToken is required").MaximumLength(16 * 1024);
        RuleFor(r => r.UserId).NotEmpty().When(_ => pool.App.HasSecret).WithMessage(UserIdRequired).MaximumLength(128);
    }
}

internal static class RefreshTokens
{
    public const string Refused = "Refresh token is invalid, expired or revoked: sign in again";

    public static async Task<Results<Ok<SignedIn>, ProblemHttpResult>> Handle(
        RefreshRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        try
        {
            var tokens = await cognito.RefreshAsync(request.RefreshToken, request.UserId, cancellationToken);
            return TypedResults.Ok(new SignedIn("Token refreshed", TokenSet.From(tokens)));
        }
        catch (CognitoException refusal) when (refusal.ErrorType == "NotAuthorizedException")
        {
            return AuthProblems.Problem(401, Refused, refusal);
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
