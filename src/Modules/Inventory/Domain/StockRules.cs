namespace CloudRetail.Inventory.Domain;

/// <summary>Bounds that keep a typo (or an attack) from booking absurd quantities.</summary>
internal static class StockRules
{
    public const int MaxUnitsPerMovement = 10_000;

    /// <summary>The ceiling on units on hand, available plus reserved (what the shelf holds). Every write
    /// that can raise it (a count, an adjustment) holds it in its condition; the others move units within
    /// it (reserve, release, reconcile) or take units away (sell). So a stock item always parses.</summary>
    public const int MaxUnitsOnHand = 1_000_000;

    /// <summary>Room left under the ceiling for <paramref name="level"/> to grow (negative: already past it).</summary>
    public static int RoomOnHand(StockLevel? level) => MaxUnitsOnHand - (level is null ? 0 : level.AvailableQty + level.ReservedQty);
    public const int MaxReasonLength = 200;

    /// <summary>Low on stock: <paramref name="threshold"/> units available or fewer (the dashboard's list reads the same rule).</summary>
    public static bool IsLow(int availableQty, int threshold) => availableQty <= threshold;

    /// <summary>Several lines for one product become one movement: DynamoDB allows one write per item
    /// in a transaction, and the sum is what the shelf must hold.</summary>
    public static IEnumerable<StockLine> Merge(IEnumerable<StockLine> lines) =>
        lines.GroupBy(l => l.ProductId, StringComparer.Ordinal)
            .Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity)));
}
