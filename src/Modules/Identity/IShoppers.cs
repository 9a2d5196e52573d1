namespace CloudRetail.Identity;

/// <summary>What other modules may ask of Identity about a shopper.</summary>
public interface IShoppers
{
    /// The signed-in shopper's verified e-mail, read from Cognito with their own access token; null when not verified.
    Task<string?> GetVerifiedEmailAsync(string accessToken, CancellationToken cancellationToken);
}
