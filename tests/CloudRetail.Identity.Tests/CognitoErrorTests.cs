using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Endpoints;
using Microsoft.AspNetCore.Mvc;

namespace CloudRetail.Identity.Tests;

/// <summary>Cognito's refusals, as the wire carries them, become the API's answers.</summary>
public sealed class CognitoErrorTests
{
    [Theory]
    [InlineData("{\"__type\":\"UsernameExistsException\",\"message\":\"User already exists\"}", null, "UsernameExistsException", "User already exists")]
    [InlineData("{\"__type\":\"com.amazonaws.cognito.identity.idp#CodeMismatchException\",\"Message\":\"Invalid code\"}", null, "CodeMismatchException", "Invalid code")]
    [InlineData("{\"__type\":\"NotAuthorizedException:http://internal.amazon.com/coral/\",\"message\":\"Incorrect username or password.\"}", null, "NotAuthorizedException", "Incorrect username or password.")]
    [InlineData("<html>Bad gateway</html>", "InternalErrorException", "InternalErrorException", "InternalErrorException")]
    [InlineData("", null, "UnknownError", "UnknownError")]
    public void The_error_type_and_message_are_read_from_the_json_protocol(string body, string? header, string type, string message)
    {
        var refusal = CognitoException.FromResponse("SignUp", body, header);

        Assert.Equal((type, message, "SignUp"), (refusal.ErrorType, refusal.Message, refusal.Operation));
    }

    [Theory]
    [InlineData("UsernameExistsException", 400, "User already exists")]
    [InlineData("CodeMismatchException", 400, "Invalid verification code")]
    [InlineData("ExpiredCodeException", 400, "Verification code has expired: ask for a new one")]
    [InlineData("InvalidPasswordException", 400, "password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit")]
    [InlineData("UserNotConfirmedException", 403, "Email not confirmed: enter the code we sent, or ask for a new one")]
    [InlineData("UserNotFoundException", 404, "User not found")]
    [InlineData("TooManyRequestsException", 429, "Too many attempts: try again later")]
    [InlineData("LimitExceededException", 429, "Too many attempts: try again later")]
    [InlineData("InternalErrorException", 502, "The sign-in service could not complete the request: try again later")]
    public void Each_cognito_error_maps_to_its_status_and_message_with_the_type_as_error(string type, int status, string message)
    {
        var problem = AuthProblems.From(new CognitoException("Any", type, "cognito's own words")).ProblemDetails;

        Assert.Equal(status, problem.Status);
        Assert.Equal(message, problem.Extensions["message"]);
        Assert.Equal(type, problem.Extensions["error"]);
    }

    [Theory]
    [InlineData("NotAuthorizedException")]
    [InlineData("UserNotFoundException")]
    [InlineData("InvalidPasswordException")]
    public void Every_login_refusal_reads_the_same_so_it_tells_no_one_which_emails_have_accounts(string type)
    {
        Assert.True(AuthProblems.IsWrongCredentials(new CognitoException("InitiateAuth", type, "")));
        ProblemDetails problem = AuthProblems.WrongCredentialsProblem().ProblemDetails;
        Assert.Equal((401, "Incorrect username or password", "NotAuthorizedException"), (problem.Status, problem.Extensions["message"], problem.Extensions["error"]));
    }

    [Fact]
    public void A_wrong_code_is_not_a_wrong_password()
    {
        Assert.False(AuthProblems.IsWrongCredentials(new CognitoException("InitiateAuth", "CodeMismatchException", "")));
    }
}
