using CloudRetail.Inventory.Domain;

namespace CloudRetail.Inventory.Tests;

public sealed class StockDriftTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LongAgo = Now.AddHours(-1);

    [Fact]
    public void Reserved_stock_that_live_orders_do_not_hold_is_drift_either_way()
    {
        StockLevel[] levels = [Level("ORPHAN", reserved: 5), Level("SHORT", reserved: 1), Level("FINE", reserved: 2)];
        var pending = new Dictionary<string, int> { ["ORPHAN"] = 2, ["SHORT"] = 4, ["FINE"] = 2 };

        var drift = StockDrift.Find(levels, pending, levels, Now, TimeSpan.FromSeconds(30));

        Assert.Equal([new ProductDrift("ORPHAN", 5, 2), new ProductDrift("SHORT", 1, 4)], drift);
        Assert.Equal([3, -3], drift.Select(d => d.Drift));
    }

    [Fact]
    public void A_product_that_moved_while_orders_were_read_or_just_before_is_left_for_the_next_run()
    {
        StockLevel[] before = [Level("MOVED", reserved: 5), Level("RECENT", reserved: 5, updatedAt: Now.AddSeconds(-5))];
        StockLevel[] after = [Level("MOVED", reserved: 6), Level("RECENT", reserved: 5, updatedAt: Now.AddSeconds(-5))];

        var drift = StockDrift.Find(before, new Dictionary<string, int>(), after, Now, TimeSpan.FromSeconds(30));

        Assert.Empty(drift);
    }

    [Fact]
    public void Orders_holding_a_product_without_stock_record_are_drift()
    {
        var drift = StockDrift.Find([], new Dictionary<string, int> { ["GONE"] = 2 }, [], Now, TimeSpan.FromSeconds(30));

        Assert.Equal([new ProductDrift("GONE", 0, 2)], drift);
    }

    [Fact]
    public void Repair_sets_reserved_to_what_orders_hold_and_moves_the_difference_to_or_from_available()
    {
        Assert.Equal(Level("ORPHAN", reserved: 2) with { AvailableQty = 13 }, new ProductDrift("ORPHAN", 5, 2).Repaired(Level("ORPHAN", reserved: 5)));
        Assert.Equal(Level("SHORT", reserved: 4) with { AvailableQty = 7 }, new ProductDrift("SHORT", 1, 4).Repaired(Level("SHORT", reserved: 1)));
        Assert.Equal(Level("EXACT", reserved: 10) with { AvailableQty = 0 }, new ProductDrift("EXACT", 0, 10).Repaired(Level("EXACT", reserved: 0)));
    }

    [Fact]
    public void Repair_leaves_for_staff_a_product_whose_available_cannot_cover_what_orders_hold_or_that_has_no_stock_record()
    {
        Assert.Null(new ProductDrift("SHORT", 0, 11).Repaired(Level("SHORT", reserved: 0)));
        Assert.Null(new ProductDrift("GONE", 0, 2).Repaired(null));
    }

    private static StockLevel Level(string productId, int reserved, DateTimeOffset? updatedAt = null) =>
        new(productId, 10, reserved, 0, updatedAt ?? LongAgo);
}
