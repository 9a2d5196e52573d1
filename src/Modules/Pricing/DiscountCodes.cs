using System.Text.RegularExpressions;

namespace CloudRetail.Pricing;

/// <summary>Codes are case-insensitive: the shop keeps and looks them up in upper case.</summary>
public static partial class DiscountCodes
{
    public const string Rule = "discountCode must be 3 to 32 letters, digits, '-' or '_'";

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static bool IsWellFormed(string? code) => code is not null && Shape().IsMatch(code.Trim());

    [GeneratedRegex("^[A-Za-z0-9_-]{3,32}$")]
    private static partial Regex Shape();
}
