using System.Text.RegularExpressions;
using FluentValidation;

namespace CloudRetail.Notifications.Domain;

/// <summary>What the notification endpoints accept. The values end up in someone's inbox, so they
/// are held to plain shapes here, and encoded again by the templates.</summary>
internal static partial class NotificationRules
{
    public const int MaxEmailLength = 254;
    public const decimal MaxAmount = 10_000_000m;

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("email is required")
            .MaximumLength(MaxEmailLength).WithMessage($"email must be at most {MaxEmailLength} characters")
            .Matches(EmailPattern()).WithMessage("email must be an e-mail address such as user@example.com");

    public static IRuleBuilderOptions<T, string> UserId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("userId is required")
            .Matches(UserIdPattern()).WithMessage("userId must be 1 to 128 characters: letters, digits, '-', '_', '.' or '@'");

    public static IRuleBuilderOptions<T, string> OrderId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("orderId is required")
            .Matches(OrderIdPattern()).WithMessage("orderId must be 1 to 64 characters: letters, digits, '-' or '_'");

    public static IRuleBuilderOptions<T, decimal?> Amount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage("amount is required")
            .GreaterThan(0).WithMessage("amount must be greater than 0")
            .LessThanOrEqualTo(MaxAmount).WithMessage($"amount must be at most {MaxAmount}")
            .Must(a => a is null || decimal.Round(a.Value, 2) == a.Value).WithMessage("amount has at most 2 decimal places");

    public static IRuleBuilderOptions<T, string> Currency<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("currency is required")
            .Matches(CurrencyPattern()).WithMessage("currency must be an ISO 4217 code such as USD");

    // The WHATWG "valid e-mail address" grammar (what browsers and aws-ses-v2-local accept): ASCII
    // only, so no header tricks with line breaks or look-alike characters.
    [GeneratedRegex(@"^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,128}$")]
    private static partial Regex UserIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex OrderIdPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
