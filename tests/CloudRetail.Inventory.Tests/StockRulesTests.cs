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
    [InlineData(StockRules.MaxUnitsPerMovement, true)]
    [InlineData(StockRules.MaxUnitsPerMovement + 1, false)]
    public void A_movement_moves_at_least_one_unit_and_at_most_the_cap(int qty, bool valid)
    {
        Assert.Equal(valid, new StockMovementValidator().Validate(new StockMovementRequest(qty)).IsValid);
    }

    [Fact]
    public void A_stock_count_needs_the_available_quantity()
    {
        Assert.False(new SetStockValidator().Validate(new SetStockRequest(null, 0)).IsValid);
        Assert.True(new SetStockValidator().Validate(new SetStockRequest(5, null)).IsValid);
    }
}
