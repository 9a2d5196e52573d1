using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Customers.Endpoints;

/// <summary>A customer id is the account's <c>sub</c>: a UUID in lower case, as Cognito writes it.
/// Anything else names no customer: it is never handed to Cognito, which would take an e-mail for a
/// username, or (in a pool with case-insensitive usernames) the admin's own id in upper case past
/// the check that keeps them from locking themselves out.</summary>
internal static class CustomerIds
{
    public static bool IsWellFormed(string customerId) =>
        Guid.TryParseExact(customerId, "D", out var id) && id.ToString("D") == customerId;
}

internal static class CustomerProblems
{
    public static ProblemHttpResult NotFound => ShopProblems.NotFound("Customer not found");

    public static ProblemHttpResult CannotLockOutSelf =>
        ShopProblems.Conflict("You cannot disable your own account: ask another admin");

    public static ProblemHttpResult CannotRevokeOwnAdmin =>
        ShopProblems.Conflict("You cannot remove your own admin role: ask another admin");
}
