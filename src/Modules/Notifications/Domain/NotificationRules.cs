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

    public const int MaxLines = 50;

    /// <summary>Optional order lines: at most 50, each with a name, a quantity and a price.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<EmailLine>?> OrderLines<T>(this IRuleBuilder<T, IReadOnlyList<EmailLine>?> rule) =>
        rule.Must(lines => lines is null || (lines.Count <= MaxLines && lines.All(IsPlausible)))
            .WithMessage($"items must be at most {MaxLines} lines, each with a name of 1 to 200 characters, a qty of 1 to 1000 and a price of 0 to {MaxAmount} with at most 2 decimal places");

    private static bool IsPlausible(EmailLine? line) =>
        line is not null && !string.IsNullOrWhiteSpace(line.Name) && line.Name.Length <= 200 && line.Qty is >= 1 and <= 1000
        && line.Price >= 0 && line.Price <= MaxAmount && decimal.Round(line.Price, 2) == line.Price;

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
