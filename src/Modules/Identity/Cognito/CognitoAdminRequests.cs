namespace CloudRetail.Identity.Cognito;

/// <summary>The bodies of the signed admin operations the back office calls, as Cognito's JSON
/// protocol spells them (serialized through <see cref="CognitoJson"/>). Dates come as epoch seconds.</summary>
internal static class CognitoAdminRequests
{
    /// <summary>ListUsers: <c>Limit</c> 1 to 60; <c>Filter</c> such as <c>email ^= "ann"</c>.</summary>
    internal sealed record ListUsers(string UserPoolId, string? Filter, int Limit, string? PaginationToken);

    internal sealed record UserList(IReadOnlyList<PoolUser>? Users, string? PaginationToken);

    internal sealed record PoolUser(string Username, IReadOnlyList<AttributeType>? Attributes, bool Enabled, double? UserCreateDate, string? UserStatus);

    /// <summary>AdminGetUser, AdminDisableUser, AdminEnableUser, AdminUserGlobalSignOut and
    /// AdminListGroupsForUser take the pool and the user and nothing else.</summary>
    internal sealed record PoolUserRequest(string UserPoolId, string Username);

    internal sealed record AdminUser(string Username, IReadOnlyList<AttributeType>? UserAttributes, bool Enabled, double? UserCreateDate, string? UserStatus);

    /// <summary>AdminAddUserToGroup and AdminRemoveUserFromGroup.</summary>
    internal sealed record GroupMembership(string UserPoolId, string Username, string GroupName);

    internal sealed record UserGroups(IReadOnlyList<Group>? Groups);

    internal sealed record Group(string GroupName);

    internal sealed record ListUsersInGroup(string UserPoolId, string GroupName, int Limit, string? NextToken);

    internal sealed record GroupMembers(IReadOnlyList<PoolUser>? Users, string? NextToken);
}
