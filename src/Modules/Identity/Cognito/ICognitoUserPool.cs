namespace CloudRetail.Identity.Cognito;

/// <summary>
/// The user-facing Cognito operations the shop uses. AWSSDK.CognitoIdentityProvider cannot be
/// restored on this platform, so a small HTTP client implements it; the SDK can take its place here
/// alone. A refusal is a <see cref="CognitoException"/> with Cognito's error type.
/// </summary>
internal interface ICognitoUserPool
{
    Task<SignUpResult> SignUpAsync(string email, string password, CancellationToken cancellationToken);

    Task ConfirmSignUpAsync(string email, string code, CancellationToken cancellationToken);

    Task<CodeDelivery> ResendConfirmationCodeAsync(string email, CancellationToken cancellationToken);

    /// <summary>USER_PASSWORD_AUTH.</summary>
    Task<Tokens> SignInAsync(string email, string password, CancellationToken cancellationToken);

    /// <summary>REFRESH_TOKEN_AUTH. <paramref name="userId"/> (the token's sub, which is the user's
    /// Cognito username in an e-mail-as-username pool) is what the secret hash is computed over.</summary>
    Task<Tokens> RefreshAsync(string refreshToken, string? userId, CancellationToken cancellationToken);

    /// <summary>GlobalSignOut: revokes every refresh token the user holds, on every device.</summary>
    Task SignOutEverywhereAsync(string accessToken, CancellationToken cancellationToken);

    Task<CodeDelivery> ForgotPasswordAsync(string email, CancellationToken cancellationToken);

    Task ConfirmForgotPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken);

    /// <summary>GetUser: the caller's attributes, read with their own access token.</summary>
    Task<CognitoUser> GetUserAsync(string accessToken, CancellationToken cancellationToken);
}

internal sealed record SignUpResult(bool UserConfirmed, string UserSub);

internal sealed record CodeDelivery(string? Destination, string? DeliveryMedium);

internal sealed record Tokens(string AccessToken, string IdToken, string? RefreshToken, int ExpiresIn, string TokenType);

internal sealed record CognitoUser(string Username, IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);
}
