using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CloudRetail.BuildingBlocks.Aws;

/// <summary>
/// The SDK's default credential chain (environment, profile, container or instance role), searched
/// at the first call rather than when a client is built: AWSSDK.Extensions.NETCore.Setup searches it
/// as it builds a client, so a host without credentials would fail to start (or answer 500) instead
/// of failing the calls that need them. A search that fails is tried again at the next call.
/// </summary>
public sealed class DefaultCredentialsOnFirstUse : AWSCredentials
{
    private AWSCredentials? _chain;

    public override ImmutableCredentials GetCredentials() =>
        (_chain ??= DefaultAWSCredentialsIdentityResolver.GetCredentials()).GetCredentials();

    public override async Task<ImmutableCredentials> GetCredentialsAsync() =>
        await (_chain ??= await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync(null)).GetCredentialsAsync();
}
