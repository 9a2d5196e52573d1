using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Customers.Endpoints;

/// <summary>A customer id is the account's <c>sub</c>, a UUID. Anything else names no customer: it is
/// never handed to Cognito, which would also take an e-mail for a username.</summary>
internal static class CustomerIds
{
    public static bool IsWellFormed(string customerId) => Guid.TryParseExact(customerId, "D", out _);
}

internal static class CustomerProblems
{
    public static ProblemHttpResult NotFound => ShopProblems.NotFound("Customer not found");

    public static ProblemHttpResult CannotLockOutSelf =>
        ShopProblems.Conflict("You cannot disable your own account: ask another admin");

    public static ProblemHttpResult CannotRevokeOwnAdmin =>
        ShopProblems.Conflict("You cannot remove your own admin role: ask another admin");
}
