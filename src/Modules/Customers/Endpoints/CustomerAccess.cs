using System.Security.Claims;
using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Customers.Endpoints;

/// <summary>The services every account change needs, bound as parameters of their own.</summary>
internal sealed record AccountChangeServices(ICustomerAccounts Accounts, IAuditTrail Audit, Transactions Transactions);

/// <summary>Disable and re-enable an account's sign-in; grant and revoke the admin role. Each answers
/// the customer as they are afterwards. An admin can neither lock themselves out nor drop their own
/// admin role, so the shop cannot lose its last admin by a slip of the hand.
/// <para>These change Cognito, not DynamoDB, so no transaction holds both the change and its audit entry:
/// the entry is written right after Cognito accepted the change, in a transaction of its own. A crash
/// between the two would leave a change without its entry; that is the honest limit here.</para></summary>
internal static class CustomerAccess
{
    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> Disable(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, IAuditTrail audit, Transactions transactions, CancellationToken cancellationToken) =>
        user.ShopperId() == customerId
            ? Task.FromResult<Results<Ok<CustomerView>, ProblemHttpResult>>(CustomerProblems.CannotLockOutSelf)
            : ChangeAsync(customerId, new(accounts, audit, transactions), AuditAdmin.Of(user), AuditAction.CustomerDisabled, accounts.DisableAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> Enable(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, IAuditTrail audit, Transactions transactions, CancellationToken cancellationToken) =>
        ChangeAsync(customerId, new(accounts, audit, transactions), AuditAdmin.Of(user), AuditAction.CustomerEnabled, accounts.EnableAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> GrantAdmin(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, IAuditTrail audit, Transactions transactions, CancellationToken cancellationToken) =>
        ChangeAsync(customerId, new(accounts, audit, transactions), AuditAdmin.Of(user), AuditAction.AdminRoleGranted, accounts.GrantAdminAsync, cancellationToken);

    public static Task<Results<Ok<CustomerView>, ProblemHttpResult>> RevokeAdmin(
        string customerId, ClaimsPrincipal user, ICustomerAccounts accounts, IAuditTrail audit, Transactions transactions, CancellationToken cancellationToken) =>
        user.ShopperId() == customerId
            ? Task.FromResult<Results<Ok<CustomerView>, ProblemHttpResult>>(CustomerProblems.CannotRevokeOwnAdmin)
            : ChangeAsync(customerId, new(accounts, audit, transactions), AuditAdmin.Of(user), AuditAction.AdminRoleRevoked, accounts.RevokeAdminAsync, cancellationToken);

    private static async Task<Results<Ok<CustomerView>, ProblemHttpResult>> ChangeAsync(
        string customerId, AccountChangeServices services, AuditAdmin admin, AuditAction action, Func<string, CancellationToken, Task<bool>> change,
        CancellationToken cancellationToken)
    {
        if (!CustomerIds.IsWellFormed(customerId) || await services.Accounts.FindAsync(customerId, cancellationToken) is not { } before
            || !await change(customerId, cancellationToken) || await services.Accounts.FindAsync(customerId, cancellationToken) is not { } after)
        {
            return CustomerProblems.NotFound;
        }
        // Cognito has accepted the change: record it now, whatever the caller does next.
        var transaction = services.Transactions.BeginWrite();
        services.Audit.Record(transaction, new AuditEntry(action, AuditSubject.Customer(customerId), admin, Access(before), Access(after)));
        await transaction.CommitAsync(CancellationToken.None);
        return TypedResults.Ok(CustomerView.From(after));
    }

    private static Dictionary<string, string> Access(CustomerAccount account) => new()
    {
        ["email"] = account.Email,
        ["enabled"] = AuditValues.Of(account.Enabled),
        ["admin"] = AuditValues.Of(account.IsAdmin),
    };
}
