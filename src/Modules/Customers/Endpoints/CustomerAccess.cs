using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Customers.Endpoints;

/// <summary>Disable and re-enable an account's sign-in; grant and revoke the admin role. Each answers
/// the customer as they are afterwards. An admin can neither lock themselves out nor drop their own
/// admin role, so the shop cannot lose its last admin by a slip of the hand.</summary>
internal static class CustomerAccess
{
    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> Disable(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, CancellationToken cancellationToken) =>
        user.ShopperId() == customerId
            ? Task.FromResult<Results<Ok<CustomerView>, ProblemHttpResult>>(CustomerProblems.CannotLockOutSelf)
            : ChangeAsync(customerId, accounts, accounts.DisableAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> Enable(
        string customerId, ICustomerAccounts accounts, CancellationToken cancellationToken) =>
        ChangeAsync(customerId, accounts, accounts.EnableAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> GrantAdmin(
        string customerId, ICustomerAccounts accounts, CancellationToken cancellationToken) =>
        ChangeAsync(customerId, accounts, accounts.GrantAdminAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> RevokeAdmin(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, CancellationToken cancellationToken) =>
        user.ShopperId() == customerId
            ? Task.FromResult<Results<Ok<CustomerView>, ProblemHttpResult>>(CustomerProblems.CannotRevokeOwnAdmin)
            : ChangeAsync(customerId, accounts, accounts.RevokeAdminAsync, cancellationToken);

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> ChangeAsync(
        string customerId, ICustomerAccounts accounts, Func<string, CancellationToken, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (!CustomerIds.IsWellFormed(customerId) || !await change(customerId, cancellationToken)
            || await accounts.FindAsync(customerId, cancellationToken) is not { } account)
        {
            return CustomerProblems.NotFound;
        }
        return TypedResults.Ok(CustomerView.From(account));
    }
}
