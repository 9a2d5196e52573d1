using System.Globalization;

namespace CloudRetail.Analytics.Domain;

/// <summary>Which of the shop's days an instant falls on, in the shop's time zone.</summary>
internal sealed class ShopDays(TimeZoneInfo timeZone)
{
    public const string Format = "yyyy-MM-dd";

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);

    public static string Key(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Parse(string key) => DateOnly.ParseExact(key, Format, CultureInfo.InvariantCulture);
}
