using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Api.Tests.Inventory;

/// <summary>The Inventory contract other modules use, against the real DynamoDB Local transaction.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class StockTransactionTests(ShopApi shop)
{
    private readonly IInventory _inventory = shop.Services.GetRequiredService<IInventory>();

    private WriteTransaction NewTransaction() => shop.Services.GetRequiredService<Transactions>().BeginWrite();

    [Fact]
    public async Task Reserving_several_lines_takes_all_or_none()
    {
        var admin = await shop.AdminClientAsync();
        var plenty = await admin.CreateProductAsync(stock: 10);
        var scarce = await admin.CreateProductAsync(stock: 1);
        var transaction = NewTransaction();

        _inventory.ReserveStock(transaction, "O-test", [new StockLine(plenty, 5), new StockLine(scarce, 2)]);
        var outcome = await transaction.CommitAsync(CancellationToken.None);

        Assert.False(outcome.IsCommitted);
        Assert.Equal([new StockShort(scarce)], outcome.Failures);
        var levels = await _inventory.GetStockAsync([plenty, scarce], CancellationToken.None);
        Assert.Equal(new StockLevel(plenty, 10, 0, 0, levels[plenty].UpdatedAt), levels[plenty]);
        Assert.Equal(new StockLevel(scarce, 1, 0, 0, levels[scarce].UpdatedAt), levels[scarce]);
    }

    [Fact]
    public async Task Lines_for_the_same_product_are_reserved_as_their_sum()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var transaction = NewTransaction();

        _inventory.ReserveStock(transaction, "O-test", [new StockLine(productId, 2), new StockLine(productId, 2)]);
        var outcome = await transaction.CommitAsync(CancellationToken.None);

        Assert.True(outcome.IsCommitted);
        var level = await _inventory.GetStockAsync(productId, CancellationToken.None);
        Assert.Equal((1, 4), (level.AvailableQty, level.ReservedQty));
    }

    [Fact]
    public async Task A_confirmed_sale_takes_the_reserved_units_out_of_stock()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 5);
        var reserve = NewTransaction();
        _inventory.ReserveStock(reserve, "O-test", [new StockLine(productId, 3)]);
        await reserve.CommitAsync(CancellationToken.None);

        var sale = NewTransaction();
        _inventory.ConfirmSale(sale, "O-test", [new StockLine(productId, 3)]);
        var outcome = await sale.CommitAsync(CancellationToken.None);

        Assert.True(outcome.IsCommitted);
        var level = await _inventory.GetStockAsync(productId, CancellationToken.None);
        Assert.Equal((2, 0, 3), (level.AvailableQty, level.ReservedQty, level.SoldQty));
    }
}
