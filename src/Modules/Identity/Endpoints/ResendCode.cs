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

/// <summary>Where a code went; Cognito masks the address (a***@e***).</summary>
internal sealed record CodeSent(string Message, string? Destination);

internal static class ResendCode
{
    public static async Task<Results<Ok<CodeSent>, ProblemHttpResult>> Handle(
        EmailRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = await cognito.ResendConfirmationCodeAsync(ShopperEmails.Normalize(request.Email), cancellationToken);
            return TypedResults.Ok(new CodeSent("Confirmation code sent", delivery.Destination));
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
