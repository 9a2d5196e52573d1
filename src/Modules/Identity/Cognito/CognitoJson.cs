using System.Text.Json;
using System.Text.Json.Serialization;
using CloudRetail.Identity.LocalPool;

namespace CloudRetail.Identity.Cognito;

/// <summary>The bodies of the Cognito operations the shop calls, described at build time so the
/// Native AOT binary serializes them without reflection. Cognito's JSON protocol names members in
/// PascalCase, as the records do; an absent optional member is left out, not sent as null.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(SignUpRequest))]
[JsonSerializable(typeof(SignUpResult))]
[JsonSerializable(typeof(ConfirmSignUpRequest))]
[JsonSerializable(typeof(ClientUserRequest))]
[JsonSerializable(typeof(CodeDeliveryResponse))]
[JsonSerializable(typeof(InitiateAuthRequest))]
[JsonSerializable(typeof(AuthResponse))]
[JsonSerializable(typeof(AccessTokenRequest))]
[JsonSerializable(typeof(ConfirmForgotPasswordRequest))]
[JsonSerializable(typeof(GetUserResponse))]
[JsonSerializable(typeof(LocalPoolRequests.ListUserPools))]
[JsonSerializable(typeof(LocalPoolRequests.PoolList))]
[JsonSerializable(typeof(LocalPoolRequests.CreateUserPool))]
[JsonSerializable(typeof(LocalPoolRequests.PoolCreated))]
[JsonSerializable(typeof(LocalPoolRequests.ListUserPoolClients))]
[JsonSerializable(typeof(LocalPoolRequests.ClientList))]
[JsonSerializable(typeof(LocalPoolRequests.DescribeUserPoolClient))]
[JsonSerializable(typeof(LocalPoolRequests.CreateUserPoolClient))]
[JsonSerializable(typeof(LocalPoolRequests.ClientDescribed))]
[JsonSerializable(typeof(LocalPoolRequests.ListGroups))]
[JsonSerializable(typeof(LocalPoolRequests.GroupList))]
[JsonSerializable(typeof(LocalPoolRequests.CreateGroup))]
[JsonSerializable(typeof(LocalPoolRequests.AdminCreateUser))]
[JsonSerializable(typeof(LocalPoolRequests.AdminSetUserPassword))]
[JsonSerializable(typeof(LocalPoolRequests.AdminAddUserToGroup))]
[JsonSerializable(typeof(CognitoAdminRequests.ListUsers))]
[JsonSerializable(typeof(CognitoAdminRequests.UserList))]
[JsonSerializable(typeof(CognitoAdminRequests.PoolUserRequest))]
[JsonSerializable(typeof(CognitoAdminRequests.AdminUser))]
[JsonSerializable(typeof(CognitoAdminRequests.GroupMembership))]
[JsonSerializable(typeof(CognitoAdminRequests.UserGroups))]
[JsonSerializable(typeof(CognitoAdminRequests.ListUsersInGroup))]
[JsonSerializable(typeof(CognitoAdminRequests.GroupMembers))]
internal sealed partial class CognitoJson : JsonSerializerContext;

internal sealed record AttributeType(string Name, string Value);

internal sealed record SignUpRequest(string ClientId, string Username, string Password, string? SecretHash, IReadOnlyList<AttributeType> UserAttributes);

internal sealed record ConfirmSignUpRequest(string ClientId, string Username, string ConfirmationCode, string? SecretHash);

/// <summary>ResendConfirmationCode and ForgotPassword take the same body.</summary>
internal sealed record ClientUserRequest(string ClientId, string Username, string? SecretHash);

internal sealed record CodeDeliveryResponse(CodeDelivery? CodeDeliveryDetails);

internal sealed record InitiateAuthRequest(string ClientId, string AuthFlow, IReadOnlyDictionary<string, string> AuthParameters);

internal sealed record AuthResponse(AuthenticationResult? AuthenticationResult, string? ChallengeName);

internal sealed record AuthenticationResult(string AccessToken, string? IdToken, string? RefreshToken, int? ExpiresIn);

/// <summary>GlobalSignOut and GetUser take the caller's access token and nothing else.</summary>
internal sealed record AccessTokenRequest(string AccessToken);

internal sealed record ConfirmForgotPasswordRequest(string ClientId, string Username, string ConfirmationCode, string Password, string? SecretHash);

internal sealed record GetUserResponse(string Username, IReadOnlyList<AttributeType>? UserAttributes);
