using System.Security.Claims;

namespace CloudRetail.BuildingBlocks.Security;

/// <summary>Who the caller is, read only from the verified access token (never from a query or body).</summary>
public static class ShopperClaims
{
    public const string Subject = "sub";
    public const string Groups = "cognito:groups";
    public const string AdminGroup = ShopGroups.Admin;

    /// <summary>The shopper's id: the token's <c>sub</c>.</summary>
    public static string ShopperId(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("The caller has no verified token");

    /// <summary>The shopper's id when the caller is signed in; null for an anonymous caller.</summary>
    public static string? ShopperIdOrNull(this ClaimsPrincipal user) => user.FindFirst(Subject)?.Value;

    /// <summary>The bearer token the caller authenticated with, for calls made on their behalf.</summary>
    public static string AccessToken(Microsoft.AspNetCore.Http.HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : throw new InvalidOperationException("The caller sent no bearer token");

    public static bool IsAdmin(this ClaimsPrincipal user) =>
        user.FindAll(Groups).Any(g => g.Value == AdminGroup);
}
