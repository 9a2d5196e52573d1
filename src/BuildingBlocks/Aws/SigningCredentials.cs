namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>Keys to sign requests made without an AWS SDK client (SES, Cognito's admin operations):
/// the local emulator's when one is configured, otherwise the SDK's default chain (environment,
/// profile, container or instance role), whose temporary credentials the SDK refreshes before they expire.</summary>
/// <remarks>Each module registers its own subclass, since each decides from its own emulator setting
/// whether local keys apply.</remarks>
public class SigningCredentials(AwsKeys? localKeys)
{
    // Searched on first use rather than at start-up, so a host without credentials still starts,
    // and the calls that need them fail with the reason.
    private readonly DefaultCredentialsOnFirstUse _chain = new();

    public async Task<AwsKeys> GetAsync()
    {
        if (localKeys is not null)
        {
            return localKeys;
        }
        return AwsKeys.From(await _chain.GetCredentialsAsync());
    }
}
