using CloudRetail.Identity.Cognito;

namespace CloudRetail.Identity;

/// <summary>The Identity contract over Cognito's GetUser.</summary>
internal sealed class Shoppers(ICognitoUserPool cognito) : IShoppers
{
    /// <summary>A token Cognito no longer accepts (the shopper signed out everywhere) also gives null:
    /// there is no e-mail the shop may still rely on for that session.</summary>
    public async Task<string?> GetVerifiedEmailAsync(string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            var account = await cognito.GetUserAsync(accessToken, cancellationToken);
            return account.Attribute("email_verified") == "true" ? account.Attribute("email") : null;
        }
        catch (CognitoException refusal) when (refusal.ErrorType == "NotAuthorizedException")
        {
            return null;
        }
    }
}
