using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record EmailRequest(string Email);

internal sealed class EmailValidator : AbstractValidator<EmailRequest>
{
    public const string Required = "email is required";

    public EmailValidator() =>
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).IsShopperEmail();
}

/// <summary>Where a code went, masked (a***@e***). The same for an unknown or confirmed account, so the
/// answer does not say which e-mail addresses have accounts.</summary>
internal sealed record CodeSent(string Message, string? Destination);

internal static class ResendCode
{
    public static async Task<Results<Ok<CodeSent>, ProblemHttpResult>> Handle(
        EmailRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        var email = ShopperEmails.Normalize(request.Email);
        var sent = new CodeSent("Confirmation code sent", ShopperEmails.Mask(email));
        try
        {
            await cognito.ResendConfirmationCodeAsync(email, cancellationToken);
            return TypedResults.Ok(sent);
        }
        catch (CognitoException refusal) when (AuthProblems.RevealsAccount(refusal))
        {
            return TypedResults.Ok(sent);
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
