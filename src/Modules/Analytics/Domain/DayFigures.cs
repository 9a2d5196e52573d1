namespace CloudRetail.Analytics.Domain;

/// <summary>One currency's money on one day: orders that stand (placed and not cancelled) and what they
/// come to, split as <see cref="SaleAmounts"/> splits it, and refunds paid that day.</summary>
internal sealed record CurrencyFigures(string Currency, int Orders, decimal Net, decimal Tax, decimal Shipping, decimal Discount, decimal Total, decimal Refunds)
{
    public static CurrencyFigures None(string currency) => new(currency, 0, 0m, 0m, 0m, 0m, 0m, 0m);

    public CurrencyFigures Plus(CurrencyFigures other) => new(Currency, Orders + other.Orders, Net + other.Net, Tax + other.Tax,
        Shipping + other.Shipping, Discount + other.Discount, Total + other.Total, Refunds + other.Refunds);
}

/// <summary>A product's units and goods revenue (net) in one currency, from orders that stand.</summary>
internal sealed record ProductFigures(string ProductId, string Currency, int Units, decimal Revenue)
{
    public ProductFigures Plus(ProductFigures other) => this with { Units = Units + other.Units, Revenue = Revenue + other.Revenue };
}

/// <summary>Everything counted for one day (one shard of it, or all shards added up).</summary>
internal sealed record DayFigures(
    DateOnly Day, int Placed, int NewCustomers, IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<CurrencyFigures> Money, IReadOnlyList<ProductFigures> Products)
{
    public static DayFigures Empty(DateOnly day) => new(day, 0, 0, new Dictionary<string, int>(), [], []);

    public DayFigures Plus(DayFigures other) => new(Day, Placed + other.Placed, NewCustomers + other.NewCustomers,
        Sum(ByStatus, other.ByStatus),
        Money.Concat(other.Money).GroupBy(m => m.Currency, StringComparer.Ordinal)
            .Select(g => g.Aggregate(CurrencyFigures.None(g.Key), (sum, m) => sum.Plus(m))).OrderBy(m => m.Currency, StringComparer.Ordinal).ToList(),
        Products.Concat(other.Products).GroupBy(p => (p.ProductId, p.Currency))
            .Select(g => g.Aggregate(new ProductFigures(g.Key.ProductId, g.Key.Currency, 0, 0m), (sum, p) => sum.Plus(p))).ToList());

    private static Dictionary<string, int> Sum(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b)
    {
        var sum = new Dictionary<string, int>(a, StringComparer.Ordinal);
        foreach (var (status, count) in b)
        {
            sum[status] = sum.GetValueOrDefault(status) + count;
        }
        return sum;
    }
}
