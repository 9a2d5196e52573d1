using CloudRetail.Analytics.Domain;
using CloudRetail.Analytics.Endpoints;

namespace CloudRetail.Analytics.Tests;

public sealed class DashboardFiguresTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void Shards_of_a_day_add_up_and_a_move_counted_out_of_another_shard_nets_to_the_truth()
    {
        // Shard A counted the checkout PENDING; shard B the payment's move, PENDING -1 and CONFIRMED +1.
        var a = Day(Monday, placed: 1, new() { ["PENDING"] = 1 }, new CurrencyFigures("EUR", 1, 20m, 3.8m, 4m, 2m, 27.8m, 0m), new ProductFigures("P1", "EUR", 2, 20m));
        var b = Day(Monday, placed: 0, new() { ["PENDING"] = -1, ["CONFIRMED"] = 1 });

        var figures = DashboardFigures.From(new Period(Monday, Monday), [a.Plus(b)]);

        Assert.Equal(1, figures.Placed);
        Assert.Equal((0, 1), (Count(figures, "PENDING"), Count(figures, "CONFIRMED")));
        Assert.Equal(27.8m, figures.Revenue.Single().Total);
        Assert.Equal(("P1", 2), (figures.TopByUnits.Single().ProductId, figures.TopByUnits.Single().Units));
    }

    [Fact]
    public void The_average_order_is_the_total_over_the_orders_that_stand_rounded_as_money_is()
    {
        var day = Day(Monday, placed: 3, [], new CurrencyFigures("USD", 3, 0m, 0m, 0m, 0m, 100m, 0m));

        var revenue = DashboardFigures.From(new Period(Monday, Monday), [day]).Revenue.Single();

        Assert.Equal(33.33m, revenue.AverageOrderValue);
        Assert.Equal(0m, DashboardFigures.From(new Period(Monday, Monday), [Day(Monday, 0, [], CurrencyFigures.None("USD"))]).Revenue.Single().AverageOrderValue);
    }

    [Fact]
    public void Every_day_of_the_period_has_its_place_in_the_series_even_without_orders()
    {
        var figures = DashboardFigures.From(new Period(Monday, Monday.AddDays(6)), [Day(Monday.AddDays(2), placed: 4, [])]);

        Assert.Equal(7, figures.Days.Count);
        Assert.Equal([0, 0, 4, 0, 0, 0, 0], figures.Days.Select(d => d.Placed));
        Assert.Equal("2026-12-02", figures.Days[2].Day);
        Assert.Equal(DashboardFigures.Statuses, figures.OrdersByStatus.Select(s => s.Status));
    }

    [Fact]
    public void Top_products_rank_by_units_and_by_revenue_and_leave_out_what_was_all_cancelled()
    {
        var day = Day(Monday, placed: 3, [], null,
            new ProductFigures("cheap", "USD", 9, 9m), new ProductFigures("dear", "USD", 1, 500m), new ProductFigures("gone", "USD", 0, 0m));

        var figures = DashboardFigures.From(new Period(Monday, Monday), [day]);

        Assert.Equal(["cheap", "dear"], figures.TopByUnits.Select(p => p.ProductId));
        Assert.Equal(["dear", "cheap"], figures.TopByRevenue.Select(p => p.ProductId));
    }

    [Fact]
    public void A_day_is_the_shops_local_day()
    {
        var berlin = new ShopDays(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        var utc = new ShopDays(TimeZoneInfo.Utc);
        var lateEvening = new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 12, 2), berlin.DayOf(lateEvening));
        Assert.Equal(new DateOnly(2026, 12, 1), utc.DayOf(lateEvening));
    }

    [Theory]
    [InlineData("today", "2026-12-02", "2026-12-02")]
    [InlineData("7d", "2026-11-26", "2026-12-02")]
    [InlineData("30d", "2026-11-03", "2026-12-02")]
    [InlineData(null, "2026-12-02", "2026-12-02")]
    public void A_named_period_ends_today(string? period, string from, string to)
    {
        var days = Period.Of(period, new DateOnly(2026, 12, 2), null, null);

        Assert.Equal((from, to), (ShopDays.Key(days.From), ShopDays.Key(days.To)));
    }

    [Theory]
    [InlineData("week", null, null, "period")]
    [InlineData("custom", null, "2026-01-01", "from")]
    [InlineData("custom", "2026-01-02", "2026-01-01", "to")]
    [InlineData("custom", "2025-01-01", "2026-01-02", "to")]
    [InlineData("7d", "2026-01-01", null, "from")]
    public void A_bad_query_names_its_parameter(string period, string? from, string? to, string field)
    {
        var result = new DashboardQueryValidator().Validate(new DashboardQuery { Period = period, From = from, To = to });

        Assert.Contains(result.Errors, e => e.PropertyName.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_custom_year_with_its_leap_day_is_allowed()
    {
        Assert.True(new DashboardQueryValidator().Validate(new DashboardQuery { Period = "custom", From = "2024-01-01", To = "2024-12-31" }).IsValid);
    }

    private static int Count(DashboardFigures figures, string status) => figures.OrdersByStatus.Single(s => s.Status == status).Count;

    private static DayFigures Day(DateOnly day, int placed, Dictionary<string, int> byStatus, CurrencyFigures? money = null, params ProductFigures[] products) =>
        new(day, placed, 0, byStatus, money is null ? [] : [money], products);
}
