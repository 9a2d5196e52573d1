using Microsoft.IdentityModel.JsonWebTokens;

namespace CloudRetail.Identity.Cognito;

/// <summary><see cref="ICognitoUserPool"/> over Cognito's JSON API, for the configured app client.</summary>
internal sealed class CognitoUserPool(CognitoApi api, UserPool pool) : ICognitoUserPool
{
    private static CognitoJson Json => CognitoJson.Default;

    public async Task<SignUpResult> SignUpAsync(string email, string password, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        return await api.CallAsync("SignUp", new SignUpRequest(clientId, email, password, secretHash, [new AttributeType("email", email)]),
            Json.SignUpRequest, Json.SignUpResult, cancellationToken);
    }

    public async Task ConfirmSignUpAsync(string email, string code, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        await api.CallAsync("ConfirmSignUp", new ConfirmSignUpRequest(clientId, email, code, secretHash), Json.ConfirmSignUpRequest, cancellationToken);
    }

    public async Task<CodeDelivery> ResendConfirmationCodeAsync(string email, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        var response = await api.CallAsync("ResendConfirmationCode", new ClientUserRequest(clientId, email, secretHash),
            Json.ClientUserRequest, Json.CodeDeliveryResponse, cancellationToken);
        return response.CodeDeliveryDetails ?? new CodeDelivery(null, null);
    }

    public async Task<Tokens> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        var parameters = new Dictionary<string, string> { ["USERNAME"] = email, ["PASSWORD"] = password };
        if (secretHash is not null)
        {
            parameters["SECRET_HASH"] = secretHash;
        }
        var response = await api.CallAsync("InitiateAuth", new InitiateAuthRequest(clientId, "USER_PASSWORD_AUTH", parameters),
            Json.InitiateAuthRequest, Json.AuthResponse, cancellationToken);
        return ToTokens(response, refreshTokenSent: null);
    }

    public async Task<Tokens> RefreshAsync(string refreshToken, string? userId, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(userId);
        var parameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshToken };
        if (secretHash is not null)
        {
            parameters["SECRET_HASH"] = secretHash;
        }
        var response = await api.CallAsync("InitiateAuth", new InitiateAuthRequest(clientId, "REFRESH_TOKEN_AUTH", parameters),
            Json.InitiateAuthRequest, Json.AuthResponse, cancellationToken);
        return ToTokens(response, refreshToken);
    }

    public Task SignOutEverywhereAsync(string accessToken, CancellationToken cancellationToken) =>
        api.CallAsync("GlobalSignOut", new AccessTokenRequest(accessToken), Json.AccessTokenRequest, cancellationToken);

    public async Task<CodeDelivery> ForgotPasswordAsync(string email, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        var response = await api.CallAsync("ForgotPassword", new ClientUserRequest(clientId, email, secretHash),
            Json.ClientUserRequest, Json.CodeDeliveryResponse, cancellationToken);
        return response.CodeDeliveryDetails ?? new CodeDelivery(null, null);
    }

    public async Task ConfirmForgotPasswordAsync(string email, string code, string newPassword, CancellationToken cancellationToken)
    {
        var (clientId, secretHash) = Client(email);
        await api.CallAsync("ConfirmForgotPassword", new ConfirmForgotPasswordRequest(clientId, email, code, newPassword, secretHash),
            Json.ConfirmForgotPasswordRequest, cancellationToken);
    }

    public async Task<CognitoUser> GetUserAsync(string accessToken, CancellationToken cancellationToken)
    {
        var response = await api.CallAsync("GetUser", new AccessTokenRequest(accessToken), Json.AccessTokenRequest, Json.GetUserResponse, cancellationToken);
        return new CognitoUser(response.Username, (response.UserAttributes ?? []).ToDictionary(a => a.Name, a => a.Value));
    }

    /// <summary>The app client's id, and the secret hash over <paramref name="username"/> when the client has a secret.</summary>
    private (string ClientId, string? SecretHash) Client(string? username)
    {
        var app = pool.App;
        var clientId = app.ClientId ?? throw new InvalidOperationException($"{ShopSettings.CognitoClientId} is not configured");
        return (clientId, app.HasSecret && username is not null ? SecretHash.For(username, clientId, app.ClientSecret!) : null);
    }

    private static Tokens ToTokens(AuthResponse response, string? refreshTokenSent)
    {
        if (response.AuthenticationResult is not { } result)
        {
            throw new CognitoException("InitiateAuth", "ChallengeRequired",
                $"Sign-in needs a further step ({response.ChallengeName}) that this API does not offer");
        }
        // Cognito hands out a new refresh token only when rotation is on; otherwise the one sent stays valid.
        return new Tokens(result.AccessToken, result.IdToken ?? "", result.RefreshToken ?? refreshTokenSent,
            result.ExpiresIn ?? SecondsValid(result.AccessToken), "Bearer");
    }

    /// <summary>cognito-local leaves ExpiresIn out; the token's own lifetime says the same thing.</summary>
    private static int SecondsValid(string accessToken)
    {
        var token = new JsonWebToken(accessToken);
        return (int)(token.ValidTo - token.IssuedAt).TotalSeconds;
    }
}
