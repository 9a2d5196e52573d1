using System.Text.Json.Serialization.Metadata;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
using static CloudRetail.Identity.Cognito.CognitoAdminRequests;

namespace CloudRetail.Identity;

/// <summary>The back office's view of the user pool, over Cognito's signed admin operations. The
/// account id is the <c>sub</c>, which is also the Cognito username in an e-mail-as-username pool.</summary>
internal sealed class CustomerAccounts(CognitoApi api, UserPool pool) : ICustomerAccounts
{
    /// <summary>Admins are few; more than this many pages of them is a pool the back office was not built for.</summary>
    private const int MaxAdminPagesRead = 5;

    private static CognitoJson Json => CognitoJson.Default;

    public async Task<CustomerAccountPage> ListAsync(CustomerQuery query, CancellationToken cancellationToken)
    {
        var poolId = PoolId();
        // The validator lets only e-mail characters through, so the prefix cannot break out of the quotes.
        var filter = query.EmailPrefix is { Length: > 0 } prefix ? $"email ^= \"{prefix}\"" : null;
        var admins = await AdminUsernamesAsync(poolId, cancellationToken);
        var accounts = new List<CustomerAccount>();
        var token = query.Continuation;
        var pagesRead = 0;
        do
        {
            // Asking only for what is still missing means the page never overshoots, so Cognito's token
            // is exactly where the next request starts.
            var page = await AdminAsync("ListUsers", new ListUsers(poolId, filter, query.Limit - accounts.Count, token),
                Json.ListUsers, Json.UserList, cancellationToken);
            pagesRead++;
            token = page.PaginationToken is { Length: > 0 } next ? next : null;
            accounts.AddRange((page.Users ?? [])
                .Select(u => Account(u.Username, u.Attributes, u.Enabled, u.UserCreateDate, u.UserStatus, admins.Contains(u.Username)))
                .Where(query.Includes));
        }
        while (token is not null && accounts.Count < query.Limit && pagesRead < CustomerQuery.MaxPoolPagesRead);
        return new CustomerAccountPage(accounts, token, pagesRead);
    }

    public async Task<CustomerAccount?> FindAsync(string customerId, CancellationToken cancellationToken)
    {
        var poolId = PoolId();
        var request = new PoolUserRequest(poolId, customerId);
        try
        {
            var user = await AdminAsync("AdminGetUser", request, Json.PoolUserRequest, Json.AdminUser, cancellationToken);
            var groups = await AdminAsync("AdminListGroupsForUser", new PoolUserRequest(poolId, user.Username), Json.PoolUserRequest, Json.UserGroups, cancellationToken);
            var isAdmin = (groups.Groups ?? []).Any(g => g.GroupName == ShopperClaims.AdminGroup);
            return Account(user.Username, user.UserAttributes, user.Enabled, user.UserCreateDate, user.UserStatus, isAdmin);
        }
        catch (CognitoException e) when (e.ErrorType == "UserNotFoundException")
        {
            return null;
        }
    }

    public async Task<bool> DisableAsync(string customerId, CancellationToken cancellationToken)
    {
        var request = new PoolUserRequest(PoolId(), customerId);
        // Disabled first: were the sign-out to fail, the account still cannot sign in or refresh, and
        // repeating the request finishes the job.
        return await AdminAsync("AdminDisableUser", request, Json.PoolUserRequest, cancellationToken)
            && await AdminAsync("AdminUserGlobalSignOut", request, Json.PoolUserRequest, cancellationToken);
    }

    public Task<bool> EnableAsync(string customerId, CancellationToken cancellationToken) =>
        AdminAsync("AdminEnableUser", new PoolUserRequest(PoolId(), customerId), Json.PoolUserRequest, cancellationToken);

    public Task<bool> GrantAdminAsync(string customerId, CancellationToken cancellationToken) =>
        AdminAsync("AdminAddUserToGroup", new GroupMembership(PoolId(), customerId, ShopperClaims.AdminGroup), Json.GroupMembership, cancellationToken);

    public Task<bool> RevokeAdminAsync(string customerId, CancellationToken cancellationToken) =>
        AdminAsync("AdminRemoveUserFromGroup", new GroupMembership(PoolId(), customerId, ShopperClaims.AdminGroup), Json.GroupMembership, cancellationToken);

    private async Task<HashSet<string>> AdminUsernamesAsync(string poolId, CancellationToken cancellationToken)
    {
        var admins = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        for (var pages = 0; pages < MaxAdminPagesRead; pages++)
        {
            var page = await AdminAsync("ListUsersInGroup", new ListUsersInGroup(poolId, ShopperClaims.AdminGroup, CustomerQuery.MaxLimit, token),
                Json.ListUsersInGroup, Json.GroupMembers, cancellationToken);
            admins.UnionWith((page.Users ?? []).Select(u => u.Username));
            if ((token = page.NextToken) is not { Length: > 0 })
            {
                break;
            }
        }
        return admins;
    }

    /// <summary>An operation on one user: false when Cognito has no such user.</summary>
    private async Task<bool> AdminAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, CancellationToken cancellationToken)
    {
        try
        {
            await AdminAsync(operation, request, requestType, Json.JsonElement, cancellationToken);
            return true;
        }
        catch (CognitoException e) when (e.ErrorType == "UserNotFoundException")
        {
            return false;
        }
    }

    /// <summary>Any refusal but an unknown user is Cognito failing the shop (throttling, a missing
    /// permission of the role), not the admin's doing: 503 rather than 500.</summary>
    private async Task<TResponse> AdminAsync<TRequest, TResponse>(string operation, TRequest request,
        JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        try
        {
            return await api.CallAsAdminAsync(operation, request, requestType, responseType, cancellationToken);
        }
        catch (CognitoException e) when (e.ErrorType != "UserNotFoundException")
        {
            throw new DependencyUnavailableException("Cognito", $"{operation} answered {e.ErrorType}", e);
        }
    }

    private static CustomerAccount Account(string username, IReadOnlyList<AttributeType>? attributes, bool enabled, double? createdAt, string? status, bool isAdmin)
    {
        string? Attribute(string name) => attributes?.FirstOrDefault(a => a.Name == name)?.Value;
        var name = Attribute("name") ?? (string.Join(' ', new[] { Attribute("given_name"), Attribute("family_name") }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } full ? full : null);
        return new CustomerAccount(Attribute("sub") ?? username, Attribute("email") ?? "", name,
            DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round((createdAt ?? 0) * 1000)), enabled, isAdmin, status ?? "UNKNOWN");
    }

    private string PoolId() => pool.App.PoolId ?? throw new InvalidOperationException($"{ShopSettings.CognitoUserPoolId} is not configured");
}
