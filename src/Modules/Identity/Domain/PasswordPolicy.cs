using FluentValidation;

namespace CloudRetail.Identity.Domain;

/// <summary>The pool's password policy (8+ characters, upper and lower case, a digit),
/// checked here first so a shopper learns what is wrong without a round trip to Cognito.</summary>
internal static class PasswordPolicy
{
    public const int MinimumLength = 8;
    public const int MaximumLength = 256;
    public const string Rule = "password must be at least 8 characters and contain an upper-case letter, a lower-case letter and a digit";

    /// <summary>Cognito counts Latin letters and ASCII digits, so "É" does not stand in for an upper-case letter.</summary>
    public static bool IsMet(string? password) =>
        password is { Length: >= MinimumLength and <= MaximumLength }
        && password.Any(char.IsAsciiLetterUpper)
        && password.Any(char.IsAsciiLetterLower)
        && password.Any(char.IsAsciiDigit);

    public static IRuleBuilderOptions<T, string> MeetsPasswordPolicy<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsMet).WithMessage(Rule);
}
