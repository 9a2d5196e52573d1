using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Identity;

/// <summary>What other modules may ask of Identity about a shopper.</summary>
public interface IShoppers
{
    /// <summary>Adds the shopper's verified e-mail, as stored at sign-in, to the caller's batch read;
    /// null after the read when the shop holds no profile for them yet.</summary>
    BatchedRead<string?> FindVerifiedEmail(ReadBatch batch, string shopperId);

    /// <summary>For a shopper with no stored profile (signed in before the shop kept one): reads the
    /// verified e-mail from Cognito with their own access token once and stores it; null when not verified.</summary>
    Task<string?> GetVerifiedEmailAsync(string accessToken, CancellationToken cancellationToken);
}
