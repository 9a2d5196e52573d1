using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using CloudRetail.Notifications;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal sealed record ConfirmRequest(string Email, string Code);

internal sealed class ConfirmValidator : AbstractValidator<ConfirmRequest>
{
    public const string Required = "email and code are required";

    public ConfirmValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).IsShopperEmail();
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(Required).ConfirmationCode();
    }
}

internal sealed record Confirmed(string Message);

internal static class ConfirmRegistration
{
    public static async Task<Results<Ok<Confirmed>, ProblemHttpResult>> Handle(
        ConfirmRequest request, ICognitoUserPool cognito, INotifications notifications, Analytics.IShopStats stats, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var email = ShopperEmails.Normalize(request.Email);
        try
        {
            await cognito.ConfirmSignUpAsync(email, request.Code.Trim(), cancellationToken);
            await stats.CustomerSignedUpAsync(clock.GetUtcNow(), cancellationToken);
            // ConfirmSignUp does not say who the user is; the e-mail greets them. Sending never throws,
            // and a failed welcome is recorded for an admin to retry.
            await notifications.SendWelcomeAsync(new WelcomeEmail(email, email), cancellationToken);
            return TypedResults.Ok(new Confirmed("Email confirmed successfully"));
        }
        // cognito-local reports a confirmed account as an expired code, which would tell it apart too.
        catch (CognitoException refusal) when (AuthProblems.RevealsAccount(refusal) || refusal.ErrorType == "ExpiredCodeException")
        {
            return AuthProblems.WrongCodeProblem();
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
