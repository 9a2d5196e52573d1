using FluentValidation;

namespace CloudRetail.Identity.Domain;

/// <summary>The codes Cognito e-mails: sign-up confirmation and password reset.</summary>
internal static class ConfirmationCodes
{
    public const string Rule = "code must be the code from the e-mail (at most 64 characters)";

    public static IRuleBuilderOptions<T, string> ConfirmationCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(c => c.Trim().Length is > 0 and <= 64).WithMessage(Rule);
}
