using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Endpoints;

internal static class ForgotPassword
{
    /// <summary>Cognito e-mails a code that, with a new password, resets the old one (confirm-forgot-password).</summary>
    public static async Task<Results<Ok<CodeSent>, ProblemHttpResult>> Handle(
        EmailRequest request, ICognitoUserPool cognito, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = await cognito.ForgotPasswordAsync(ShopperEmails.Normalize(request.Email), cancellationToken);
            return TypedResults.Ok(new CodeSent("Password reset code sent", delivery.Destination));
        }
        catch (CognitoException refusal)
        {
            return AuthProblems.From(refusal);
        }
    }
}
