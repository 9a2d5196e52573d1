using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record ResetPasswordRequest(string Email, string Code, string Password);

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordRequest>
{
    public const string Required = "email, code and password are required";

    public ResetPasswordValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).IsShopperEmail();
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).ConfirmationCode();
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).MeetsPasswordPolicy();
    }
}

internal sealed record PasswordReset(string Message);

/// <summary>confirm-forgot-password: the code from forgot-password and the new password.</summary>
internal static class ResetPassword
{
    public static async Task<Results<Ok<PasswordReset>, ProblemHttpResult>> Handle(
        ResetPasswordRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        try
        {
            await cognito.ConfirmForgotPasswordAsync(ShopperEmails.Normalize(request.Email), request.Code.Trim(), request.Password, cancellationToken);
            return TypedResults.Ok(new PasswordReset("Password reset successfully"));
        }
        catch (CognitoException refusal) when (AuthProblems.RevealsAccount(refusal))
        {
            return AuthProblems.WrongCodeProblem();
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
