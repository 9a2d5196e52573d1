using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using CloudRetail.Identity.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record LoginRequest(string Email, string Password);

/// <summary>Only presence and length: an older password may predate today's policy and must still work.</summary>
internal sealed class LoginValidator : AbstractValidator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage(RegisterValidator.Required).MaximumLength(ShopperEmails.MaximumLength);
        RuleFor(r => r.Password).NotEmpty().WithMessage(RegisterValidator.Required).MaximumLength(PasswordPolicy.MaximumLength);
    }
}

/// <summary>The token set (a kept shape: docs/compatibility.md). <c>expiresIn</c> is the access token's lifetime in seconds.</summary>
internal sealed record TokenSet(string AccessToken, string IdToken, string? RefreshToken, int ExpiresIn, string TokenType)
{
    public static TokenSet From(Tokens tokens) =>
        new(tokens.AccessToken, tokens.IdToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.TokenType);
}

internal sealed record SignedIn(string Message, TokenSet Tokens);

internal static class Login
{
    public static async Task<Results<Ok<SignedIn>, ProblemHttpResult>> Handle(
        LoginRequest request, ICognitoUserPool cognito, ShoppersTable profiles, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            var tokens = await cognito.SignInAsync(ShopperEmails.Normalize(request.Email), request.Password, cancellationToken);
            // Kept current at each sign-in, so checkout reads the verified e-mail without asking Cognito.
            if (IdTokenClaims.VerifiedEmail(tokens.IdToken) is { } verified)
            {
                await profiles.SaveVerifiedEmailAsync(verified.ShopperId, verified.Email, clock.GetUtcNow(), cancellationToken);
            }
            return TypedResults.Ok(new SignedIn("Login successful", TokenSet.From(tokens)));
        }
        catch (CognitoException refusal) when (AuthProblems.IsWrongCredentials(refusal))
        {
            return AuthProblems.WrongCredentialsProblem();
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
