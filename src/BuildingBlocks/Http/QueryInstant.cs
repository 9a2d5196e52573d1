using System.Globalization;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>The <c>from</c> and <c>to</c> of a search in the query string: a date alone (<c>2026-12-01</c>) means the
/// start of that day (UTC) for <c>from</c> and its end for <c>to</c>; otherwise an ISO date and time.</summary>
public static class QueryInstant
{
    /// <summary>False for text that is neither; blank text is no bound (true, null).</summary>
    public static bool TryParse(string? text, bool endOfDay, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            instant = endOfDay ? start.AddDays(1).AddTicks(-1) : start;
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            instant = parsed;
            return true;
        }
        return false;
    }
}
