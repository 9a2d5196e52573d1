using CloudRetail.Pricing;

namespace CloudRetail.Analytics.Domain;

/// <summary>A period's figures, added up from its days, as the dashboard shows them.</summary>
internal sealed record DashboardFigures(
    int Placed, int NewCustomers, IReadOnlyList<StatusCount> OrdersByStatus, IReadOnlyList<Revenue> Revenue,
    IReadOnlyList<ProductFigures> TopByUnits, IReadOnlyList<ProductFigures> TopByRevenue, IReadOnlyList<DaySeries> Days)
{
    public const int TopProducts = 10;

    /// <summary>Every status in the order an order moves through them, so the cards keep their places.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["PENDING", "PAYING", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED"];

    public static DashboardFigures From(Period period, IReadOnlyList<DayFigures> days)
    {
        var byDay = days.ToDictionary(d => d.Day);
        var all = days.Aggregate(DayFigures.Empty(period.From), (sum, d) => sum.Plus(d));
        var products = all.Products.Where(p => p.Units > 0 || p.Revenue != 0m).ToList();
        return new DashboardFigures(
            all.Placed,
            all.NewCustomers,
            Statuses.Concat(all.ByStatus.Keys.Except(Statuses)).Select(s => new StatusCount(s, all.ByStatus.GetValueOrDefault(s))).ToList(),
            all.Money.Select(Analytics.Domain.Revenue.Of).ToList(),
            products.OrderByDescending(p => p.Units).ThenByDescending(p => p.Revenue).ThenBy(p => p.ProductId, StringComparer.Ordinal).Take(TopProducts).ToList(),
            products.OrderByDescending(p => p.Revenue).ThenByDescending(p => p.Units).ThenBy(p => p.ProductId, StringComparer.Ordinal).Take(TopProducts).ToList(),
            period.Each().Select(day => DaySeries.Of(byDay.GetValueOrDefault(day) ?? DayFigures.Empty(day))).ToList());
    }
}

internal sealed record StatusCount(string Status, int Count);

/// <summary>One currency's money over the period. <paramref name="Orders"/>: orders placed and not cancelled;
/// <paramref name="Total"/> = <paramref name="Net"/> + <paramref name="Shipping"/> + <paramref name="Tax"/> (the shipping net of tax);
/// <paramref name="Refunds"/>: paid back in the period; <paramref name="AverageOrderValue"/> = Total / Orders, rounded as money is.</summary>
internal sealed record Revenue(
    string Currency, int Orders, decimal Net, decimal Tax, decimal Shipping, decimal Discount, decimal Total, decimal Refunds, decimal AverageOrderValue)
{
    internal static Revenue Of(CurrencyFigures m) => new(m.Currency, m.Orders, m.Net, m.Tax, m.Shipping, m.Discount, m.Total, m.Refunds,
        m.Orders > 0 ? ShopMoney.Round(m.Total / m.Orders, m.Currency) : 0m);
}

/// <summary>One day for the charts: orders placed, new customers, and per currency what orders that stand came to and refunds paid.</summary>
internal sealed record DaySeries(string Day, int Placed, int NewCustomers, IReadOnlyList<DayRevenue> Revenue)
{
    internal static DaySeries Of(DayFigures day) => new(ShopDays.Key(day.Day), day.Placed, day.NewCustomers,
        day.Money.Select(m => new DayRevenue(m.Currency, m.Orders, m.Total, m.Refunds)).ToList());
}

internal sealed record DayRevenue(string Currency, int Orders, decimal Total, decimal Refunds);
