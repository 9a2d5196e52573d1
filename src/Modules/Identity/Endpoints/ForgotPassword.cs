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
        var email = ShopperEmails.Normalize(request.Email);
        var sent = new CodeSent("Password reset code sent", ShopperEmails.Mask(email));
        try
        {
            await cognito.ForgotPasswordAsync(email, cancellationToken);
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
