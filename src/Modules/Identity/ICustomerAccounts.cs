namespace CloudRetail.Identity;

/// <summary>What the back office may ask of Identity about shoppers' accounts in the user pool
/// (Cognito's admin operations, signed as the function's role). An unknown id is null or false.</summary>
public interface ICustomerAccounts
{
    /// <summary>One page of accounts, by e-mail prefix and sign-up date. Cognito filters by e-mail
    /// itself but not by date, so dates filter each page read, and at most
    /// <see cref="CustomerQuery.MaxPoolPagesRead"/> pages are read per call: a page can hold fewer
    /// accounts than asked for, even none, with a continuation for the rest.</summary>
    Task<CustomerAccountPage> ListAsync(CustomerQuery query, CancellationToken cancellationToken);

    Task<CustomerAccount?> FindAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Disables sign-in (password and refresh) and signs the account out everywhere, so
    /// every refresh token it holds stops working. Access tokens already issued last until they expire.</summary>
    Task<bool> DisableAsync(string customerId, CancellationToken cancellationToken);

    Task<bool> EnableAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Adds the account to the admin group: tokens issued from then on carry it.</summary>
    Task<bool> GrantAdminAsync(string customerId, CancellationToken cancellationToken);

    /// <summary>Removes the account from the admin group: tokens issued from then on lack it.</summary>
    Task<bool> RevokeAdminAsync(string customerId, CancellationToken cancellationToken);
}

/// <param name="EmailPrefix">Lower case, as the shop stores e-mails; null for every account.</param>
/// <param name="SignedUpFrom">Inclusive; null for no lower bound.</param>
/// <param name="SignedUpBefore">Exclusive; null for no upper bound.</param>
/// <param name="Continuation">Where the previous page stopped (Cognito's own pagination token).</param>
public sealed record CustomerQuery(string? EmailPrefix, DateTimeOffset? SignedUpFrom, DateTimeOffset? SignedUpBefore, int Limit, string? Continuation)
{
    /// <summary>Cognito's ListUsers answers at most 60 users a call.</summary>
    public const int MaxLimit = 60;

    /// <summary>The bound on Cognito calls a date-filtered listing makes per request.</summary>
    public const int MaxPoolPagesRead = 3;

    public bool Includes(CustomerAccount account) =>
        (SignedUpFrom is not { } from || account.SignedUpAt >= from) && (SignedUpBefore is not { } before || account.SignedUpAt < before);
}

/// <param name="Continuation">Null when there is nothing more to read.</param>
public sealed record CustomerAccountPage(IReadOnlyList<CustomerAccount> Accounts, string? Continuation, int PoolPagesRead);

/// <param name="Id">The account's <c>sub</c>, the shopper id used across the shop.</param>
/// <param name="Status">Cognito's account status: CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, ...</param>
public sealed record CustomerAccount(string Id, string Email, string? Name, DateTimeOffset SignedUpAt, bool Enabled, bool IsAdmin, string Status);
