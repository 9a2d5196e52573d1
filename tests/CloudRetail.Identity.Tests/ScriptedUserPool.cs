using CloudRetail.Identity.Cognito;

namespace CloudRetail.Identity.Tests;

/// <summary>A user pool that answers as a test scripts it: every operation succeeds, or throws the
/// refusal set in <see cref="Refusal"/>, as Cognito would. It records what it was asked.</summary>
internal sealed class ScriptedUserPool : ICognitoUserPool
{
    public CognitoException? Refusal { get; set; }

    public List<string> Calls { get; } = [];

    public Tokens Tokens { get; set; } = new("access", "id.token.unsigned", "refresh", 3600, "Bearer");

    public static ScriptedUserPool Refusing(string errorType, string message = "cognito's own words") =>
        new() { Refusal = new CognitoException("Any", errorType, message) };

    public Task<SignUpResult> SignUpAsync(string email, string password, CancellationToken cancellationToken) =>
        Answer($"SignUp {email}", new SignUpResult(false, "sub-1"));

    public Task ConfirmSignUpAsync(string email, string code, CancellationToken cancellationToken) =>
        Answer($"ConfirmSignUp {email} {code}", true);

    public Task<CodeDelivery> ResendConfirmationCodeAsync(string email, CancellationToken cancellationToken) =>
        Answer($"ResendConfirmationCode {email}", new CodeDelivery("a***@e***", "EMAIL"));

    public Task<Tokens> SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        Answer($"SignIn {email}", Tokens);

    public Task<Tokens> RefreshAsync(string refreshToken, string? userId, CancellationToken cancellationToken) =>
        Answer($"Refresh {userId}", Tokens);

    public Task SignOutEverywhereAsync(string accessToken, CancellationToken cancellationToken) =>
        Answer($"GlobalSignOut {accessToken}", true);

    public Task<CodeDelivery> ForgotPasswordAsync(string email, CancellationToken cancellationToken) =>
        Answer($"ForgotPassword {email}", new CodeDelivery("a***@e***", "EMAIL"));

    public Task ConfirmForgotPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken) =>
        Answer($"ConfirmForgotPassword {email} {code}", true);

    public Task<CognitoUser> GetUserAsync(string accessToken, CancellationToken cancellationToken) =>
        Answer($"GetUser {accessToken}", new CognitoUser("sub-1", new Dictionary<string, string> { ["email"] = "ann@example.com", ["email_verified"] = "true" }));

    private Task<T> Answer<T>(string call, T result)
    {
        Calls.Add(call);
        return Refusal is { } refusal ? Task.FromException<T>(refusal) : Task.FromResult(result);
    }
}
