using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Endpoints;

namespace CloudRetail.Inventory.Tests;

public sealed class StockRulesTests
{
    [Fact]
    public void Lines_for_one_product_merge_into_one_movement_of_their_sum()
    {
        var merged = StockRules.Merge([new StockLine("P1", 2), new StockLine("P2", 1), new StockLine("P1", 3)]).ToList();

        Assert.Equal([new StockLine("P1", 5), new StockLine("P2", 1)], merged);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(-1, true)]
    [InlineData(StockRules.MaxUnitsPerMovement, true)]
    [InlineData(-StockRules.MaxUnitsPerMovement, true)]
    [InlineData(StockRules.MaxUnitsPerMovement + 1, false)]
    [InlineData(-StockRules.MaxUnitsPerMovement - 1, false)]
    public void An_adjustment_changes_stock_by_at_least_one_unit_and_at_most_the_cap(int qty, bool valid)
    {
        Assert.Equal(valid, new AdjustStockValidator().Validate(new AdjustStockRequest(qty, "delivery")).IsValid);
    }

    [Fact]
    public void Every_on_hand_change_says_why()
    {
        Assert.False(new AdjustStockValidator().Validate(new AdjustStockRequest(1, null)).IsValid);
        Assert.False(new SetStockValidator().Validate(new SetStockRequest(5, " ")).IsValid);
        Assert.False(new SetStockValidator().Validate(new SetStockRequest(5, new string('r', StockRules.MaxReasonLength + 1))).IsValid);
    }

    [Fact]
    public void A_stock_count_sets_available_alone()
    {
        Assert.True(new SetStockValidator().Validate(new SetStockRequest(5, "count")).IsValid);
        Assert.False(new SetStockValidator().Validate(new SetStockRequest(null, "count")).IsValid);
        Assert.False(new SetStockValidator().Validate(new SetStockRequest(5, "count", ReservedQty: 0)).IsValid);
    }
}
