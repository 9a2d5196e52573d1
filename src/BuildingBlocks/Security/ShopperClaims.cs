using System.Security.Claims;

namespace CloudRetail.BuildingBlocks.Security;

/// <summary>Who the caller is, read only from the verified access token (never from a query or body).</summary>
public static class ShopperClaims
{
    public const string Subject = "sub";
    public const string Groups = "cognito:groups";
    public const string AdminGroup = "admin";

    /// <summary>The shopper's id: the token's <c>sub</c>.</summary>
    public static string ShopperId(this ClaimsPrincipal user) =>
        user.FindFirst(Subject)?.Value ?? throw new InvalidOperationException("The caller has no verified token");

    public static bool IsAdmin(this ClaimsPrincipal user) =>
        user.FindAll(Groups).Any(g => g.Value == AdminGroup);
}
