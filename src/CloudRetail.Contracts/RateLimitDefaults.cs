namespace CloudRetail;

/// <summary>The rate limits' defaults and the one way to read a limit, which the API applies to its
/// settings (RATE_LIMIT_*) and the stack to its context values, so a deploy refuses what the API would.</summary>
public static class RateLimitDefaults
{
    /// <summary>Enough for a burst of sign-ups from one office and a shopper's busiest minute, too few
    /// to guess passwords or codes or to hoard stock by script; the same in every environment.</summary>
    public const int LoginFailures = 10;
    public const int AuthCallsPer10Minutes = 30;
    public const int OrdersPerMinute = 20;

    /// <summary>A shopper searches a few times a minute; a script repeating searches is held to one a second.</summary>
    public const int SearchesPerMinute = 60;

    /// <summary>A typo must not silently lift a limit, so anything but a whole number >= 0 stops the start.</summary>
    public static int Read(string key, string? text, int defaultValue)
    {
        if (string.IsNullOrEmpty(text))
        {
            return defaultValue;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit)
            ? limit
            : throw new InvalidOperationException($"{key} must be a whole number >= 0 (0 turns the limit off), got '{text}'");
    }
}
