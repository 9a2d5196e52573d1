namespace CloudRetail.Inventory.Domain;

/// <summary>A product whose reserved stock is not what its live orders hold. Positive drift: units
/// reserved for no order (unsellable); negative: orders hold units that are not reserved (oversold).</summary>
internal sealed record ProductDrift(string ProductId, int ReservedQty, int PendingQty)
{
    public int Drift => ReservedQty - PendingQty;

    /// <summary>The level repair leaves: reserved set to what live orders hold, the difference back on
    /// (or taken from) available. Null when repair leaves the product for staff: it has no stock record,
    /// or available cannot give up the units orders hold but stock does not reserve.</summary>
    public StockLevel? Repaired(StockLevel? level) =>
        level is null || level.AvailableQty + Drift < 0 ? null : level with { AvailableQty = level.AvailableQty + Drift, ReservedQty = PendingQty };
}

internal static class StockDrift
{
    /// <summary>Products whose reserved stock differs from what live orders hold. The orders are read
    /// between two reads of the stock; a product whose level moved between them is left out, because
    /// its orders and its level may not be of the same moment (the next run sees it again). So is a
    /// product that moved within <paramref name="settle"/> of <paramref name="now"/>: the orders' status
    /// index is read eventually consistent, and its newest orders may not show yet.</summary>
    public static IReadOnlyList<ProductDrift> Find(
        IReadOnlyList<StockLevel> before, IReadOnlyDictionary<string, int> pending, IReadOnlyList<StockLevel> after,
        DateTimeOffset now, TimeSpan settle)
    {
        var unchanged = before.ToDictionary(l => l.ProductId, StringComparer.Ordinal);
        var settled = after.Where(l => unchanged.GetValueOrDefault(l.ProductId) == l && !(l.UpdatedAt > now - settle)).ToList();
        var known = after.Select(l => l.ProductId).ToHashSet(StringComparer.Ordinal);
        return settled.Select(l => new ProductDrift(l.ProductId, l.ReservedQty, pending.GetValueOrDefault(l.ProductId)))
            .Concat(pending.Where(p => !known.Contains(p.Key)).Select(p => new ProductDrift(p.Key, 0, p.Value)))
            .Where(d => d.Drift != 0)
            .OrderBy(d => d.ProductId, StringComparer.Ordinal)
            .ToList();
    }
}
