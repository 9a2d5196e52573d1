using CloudRetail.BuildingBlocks.Aws;

namespace CloudRetail.Notifications.Ses;

/// <summary>Keys to sign SES requests with: the local emulator's when one is configured, otherwise
/// the SDK's default chain (environment, profile, container or instance role), whose temporary
/// credentials the SDK refreshes before they expire.</summary>
internal sealed class SesCredentials(AwsKeys? localKeys)
{
    // Searched on first use rather than at start-up, so a host without credentials still starts,
    // and its sends are recorded as failed with the reason.
    private readonly DefaultCredentialsOnFirstUse _chain = new();

    public async Task<AwsKeys> GetAsync()
    {
        if (localKeys is not null)
        {
            return localKeys;
        }
        var credentials = await _chain.GetCredentialsAsync();
        return new AwsKeys(credentials.AccessKey, credentials.SecretKey, credentials.UseToken ? credentials.Token : null);
    }
}
