namespace CloudRetail.Analytics.Domain;

/// <summary>The days a dashboard covers, both ends included, in the shop's time zone.</summary>
internal sealed record Period(DateOnly From, DateOnly To)
{
    /// <summary>The longest custom period: a year and a leap day.</summary>
    public const int MaxDays = 366;

    public int Days => To.DayNumber - From.DayNumber + 1;

    public IEnumerable<DateOnly> Each() => Enumerable.Range(0, Days).Select(From.AddDays);

    /// <summary>today, 7d and 30d end today (the shop's today); custom is from..to.</summary>
    public static Period Of(string? period, DateOnly today, DateOnly? from, DateOnly? to) => period switch
    {
        "7d" => new(today.AddDays(-6), today),
        "30d" => new(today.AddDays(-29), today),
        "custom" => new(from!.Value, to!.Value),
        _ => new(today, today),
    };
}
