namespace CloudRetail.Payments.Domain;

/// <summary>The card simulator's test cards: it decides by number, as real processors' test modes do.</summary>
internal static class TestCards
{
    public const string Succeeds = "4242424242424242";
    public const string Declined = "4000000000000002";

    /// <summary>The digits of a card number written with spaces, or null when it is not one.</summary>
    public static string? Digits(string? cardNumber)
    {
        var digits = cardNumber?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        return digits.Length is >= 12 and <= 19 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Only the succeeding test card is charged; every other number is declined.</summary>
    public static ProviderOutcome Decide(string digits) => digits == Succeeds ? ProviderOutcome.Succeeded : ProviderOutcome.Declined;
}
