using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Identity.Endpoints;

/// <summary>
/// Cognito's refusals as the API's answers: a message, and Cognito's error type as <c>error</c>.
/// One table for every endpoint; an endpoint handles first the few types that mean something
/// particular there (a wrong password at login, a spent refresh token).
/// </summary>
internal static class AuthProblems
{
    public const string MissingConfiguration = "Missing COGNITO_CLIENT_ID / COGNITO_CLIENT_SECRET";
    public const string WrongCredentials = "Incorrect username or password";

    public static ProblemHttpResult From(CognitoException refusal) => refusal.ErrorType switch
    {
        "UsernameExistsException" => Problem(400, "User already exists", refusal),
        "CodeMismatchException" => Problem(400, WrongCode, refusal),
        "ExpiredCodeException" => Problem(400, "Verification code has expired: ask for a new one", refusal),
        "InvalidPasswordException" => Problem(400, PasswordPolicy.Rule, refusal),
        "InvalidParameterException" => Problem(400, refusal.Message, refusal),
        "NotAuthorizedException" => Problem(401, refusal.Message, refusal),
        "UserNotConfirmedException" => Problem(403, "Email not confirmed: enter the code we sent, or ask for a new one", refusal),
        "PasswordResetRequiredException" => Problem(403, "Password reset required: use forgot-password", refusal),
        "ChallengeRequired" => Problem(403, refusal.Message, refusal),
        "UserNotFoundException" => Problem(404, "User not found", refusal),
        "LimitExceededException" or "TooManyRequestsException" or "TooManyFailedAttemptsException" or "CodeDeliveryFailureException"
            => Problem(429, "Too many attempts: try again later", refusal),
        _ => Problem(502, "The sign-in service could not complete the request: try again later", refusal),
    };

    /// <summary>Login refusals all read the same, so they do not tell which e-mail addresses have accounts.
    /// (cognito-local says InvalidPasswordException for a wrong password; Cognito says NotAuthorizedException.)</summary>
    public static bool IsWrongCredentials(CognitoException refusal) =>
        refusal.ErrorType is "NotAuthorizedException" or "UserNotFoundException" or "InvalidPasswordException";

    public const string WrongCode = "Invalid verification code";

    /// <summary>Refusals that would tell a stranger whether an e-mail address has an account (unknown,
    /// already confirmed, or signed up but never verified). Cognito with PreventUserExistenceErrors hides
    /// the first two for its own calls, not the third: for an unconfirmed account it answers
    /// InvalidParameterException "no registered/verified email or phone_number". cognito-local hides
    /// none, and the shop's answers must not depend on which one is behind it.</summary>
    public static bool RevealsAccount(CognitoException refusal) =>
        refusal.ErrorType is "UserNotFoundException" or "NotAuthorizedException"
        || (refusal.ErrorType == "InvalidParameterException"
            && (refusal.Message.Contains("already confirmed", StringComparison.OrdinalIgnoreCase)
                || refusal.Message.Contains("no registered/verified", StringComparison.OrdinalIgnoreCase)));

    /// <summary>What confirm and reset answer for an account that is unknown or already confirmed: the
    /// same as for a wrong code, as Cognito itself does.</summary>
    public static ProblemHttpResult WrongCodeProblem() =>
        ShopProblems.Problem(400, WrongCode, Error("CodeMismatchException"));

    public static ProblemHttpResult WrongCredentialsProblem() =>
        ShopProblems.Problem(401, WrongCredentials, Error("NotAuthorizedException"));

    public static ProblemHttpResult Problem(int status, string message, CognitoException refusal) =>
        ShopProblems.Problem(status, message, Error(refusal.ErrorType));

    /// <summary>Endpoint filter for the whole group: without an app client nothing here can work.</summary>
    public static ValueTask<object?> RequireClientAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<UserPool>().App.ClientId is not null
            ? next(context)
            : ValueTask.FromResult<object?>(ShopProblems.Problem(500, MissingConfiguration, Error("MissingConfiguration")));

    private static Dictionary<string, object?> Error(string type) => new() { ["error"] = type };
}
