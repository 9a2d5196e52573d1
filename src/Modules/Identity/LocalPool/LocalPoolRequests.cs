using CloudRetail.Identity.Cognito;

namespace CloudRetail.Identity.LocalPool;

/// <summary>The admin operations that set up the local pool in cognito-local, as Cognito's JSON
/// protocol spells them (serialized through <see cref="CognitoJson"/>).</summary>
internal static class LocalPoolRequests
{
    internal sealed record ListUserPools(int MaxResults);

    internal sealed record PoolList(IReadOnlyList<PoolSummary> UserPools);

    internal sealed record PoolSummary(string Id, string Name);

    internal sealed record CreateUserPool(string PoolName, IReadOnlyList<string> UsernameAttributes, IReadOnlyList<string> AutoVerifiedAttributes, PoolPolicies Policies);

    internal sealed record PoolPolicies(PasswordPolicy PasswordPolicy);

    internal sealed record PasswordPolicy(int MinimumLength, bool RequireUppercase, bool RequireLowercase, bool RequireNumbers, bool RequireSymbols);

    internal sealed record PoolCreated(PoolSummary UserPool);

    internal sealed record ListUserPoolClients(string UserPoolId, int MaxResults);

    internal sealed record ClientList(IReadOnlyList<AppClient> UserPoolClients);

    internal sealed record DescribeUserPoolClient(string UserPoolId, string ClientId);

    internal sealed record CreateUserPoolClient(string UserPoolId, string ClientName, bool GenerateSecret, IReadOnlyList<string> ExplicitAuthFlows,
        bool EnableTokenRevocation, int AccessTokenValidity, int IdTokenValidity, int RefreshTokenValidity, TokenValidityUnits TokenValidityUnits);

    internal sealed record TokenValidityUnits(string AccessToken, string IdToken, string RefreshToken);

    internal sealed record ClientDescribed(AppClient UserPoolClient);

    internal sealed record AppClient(string ClientId, string ClientName, string? ClientSecret);

    internal sealed record ListGroups(string UserPoolId);

    internal sealed record GroupList(IReadOnlyList<GroupSummary> Groups);

    internal sealed record GroupSummary(string GroupName);

    internal sealed record CreateGroup(string UserPoolId, string GroupName, string Description);

    internal sealed record AdminCreateUser(string UserPoolId, string Username, string MessageAction, IReadOnlyList<AttributeType> UserAttributes);

    internal sealed record AdminSetUserPassword(string UserPoolId, string Username, string Password, bool Permanent);

    internal sealed record AdminAddUserToGroup(string UserPoolId, string Username, string GroupName);
}
