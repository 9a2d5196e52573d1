using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Persistence;

namespace CloudRetail.Identity;

/// <summary>The Identity contract: the profile the shop stores at sign-in, and Cognito's GetUser for
/// a shopper who has none yet.</summary>
internal sealed class Shoppers(ICognitoUserPool cognito, ShoppersTable profiles, TimeProvider clock) : IShoppers
{
    public BatchedRead<string?> FindVerifiedEmail(ReadBatch batch, string shopperId) => profiles.FindVerifiedEmail(batch, shopperId);

    /// <summary>A token Cognito no longer accepts (the shopper signed out everywhere), or an account it no
    /// longer has, also gives null: there is no e-mail the shop may still rely on for that session. Any
    /// other refusal (throttling, an internal error) is Cognito being unavailable, not the shopper's doing.</summary>
    public async Task<string?> GetVerifiedEmailAsync(string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            var account = await cognito.GetUserAsync(accessToken, cancellationToken);
            if (account.Attribute("email_verified") != "true" || account.Attribute("email") is not { } email || account.Attribute("sub") is not { } sub)
            {
                return null;
            }
            await profiles.SaveVerifiedEmailAsync(sub, email, clock.GetUtcNow(), cancellationToken);
            return email;
        }
        catch (CognitoException refusal) when (refusal.ErrorType is "NotAuthorizedException" or "UserNotFoundException")
        {
            return null;
        }
        catch (CognitoException refusal)
        {
            throw new DependencyUnavailableException("Cognito", $"GetUser answered {refusal.ErrorType}", refusal);
        }
    }
}
