using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record RegisterRequest(string Email, string Password);

internal sealed class RegisterValidator : AbstractValidator<RegisterRequest>
{
    public const string Required = "email and password are required";

    public RegisterValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).IsShopperEmail();
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).MeetsPasswordPolicy();
    }
}

internal sealed record Registered(string Message, bool UserConfirmed, string UserSub);

internal static class Register
{
    public static async Task<Results<Ok<Registered>, ProblemHttpResult>> Handle(
        RegisterRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        try
        {
            var signedUp = await cognito.SignUpAsync(ShopperEmails.Normalize(request.Email), request.Password, cancellationToken);
            return TypedResults.Ok(new Registered("User registered. Check email for confirmation code.", signedUp.UserConfirmed, signedUp.UserSub));
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
