namespace CloudRetail.Inventory.Domain;

/// <summary>Bounds that keep a typo (or an attack) from booking absurd quantities.</summary>
internal static class StockRules
{
    public const int MaxUnitsPerMovement = 10_000;
    public const int MaxUnitsOnHand = 1_000_000;
    public const int MaxReasonLength = 200;

    /// <summary>Several lines for one product become one movement: DynamoDB allows one write per item
    /// in a transaction, and the sum is what the shelf must hold.</summary>
    public static IEnumerable<StockLine> Merge(IEnumerable<StockLine> lines) =>
        lines.GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity)));
}
