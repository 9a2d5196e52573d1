using FluentValidation;

namespace CloudRetail.Identity.Domain;

/// <summary>The e-mail address is the shopper's username.</summary>
internal static class ShopperEmails
{
    /// <summary>Cognito's limit for a username.</summary>
    public const int MaximumLength = 128;
    public const string Rule = "email must be a valid e-mail address";

    /// <summary>One spelling per address, so "Ann@Example.com" and "ann@example.com" are one account
    /// whether or not the pool compares usernames case-sensitively (cognito-local does).</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Where a code went, as Cognito shows it (a***@e***). Computed from the request rather than
    /// read from Cognito, so the answer is the same whether or not the account exists.</summary>
    public static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == email.Length - 1 ? "***" : $"{email[0]}***@{email[at + 1]}***";
    }

    public static IRuleBuilderOptions<T, string> IsShopperEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(e => e.Trim().Length <= MaximumLength).WithMessage(Rule).EmailAddress().WithMessage(Rule);
}
