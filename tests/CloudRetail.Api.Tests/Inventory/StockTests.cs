using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Inventory;

[Collection(ShopApiCollection.Name)]
public sealed class StockTests(ShopApi shop)
{
    private readonly HttpClient _client = shop.Client;

    [Fact]
    public async Task A_product_without_stock_record_has_zero_stock()
    {
        var stock = await _client.GetJsonAsync($"/api/inventory/{TestCatalog.NewProductId()}");

        Assert.Equal(0, (int)stock["availableQty"]!);
        Assert.Equal(0, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task Setting_stock_for_a_product_not_in_the_catalog_is_404()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();

        var response = await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 5 });

        await response.ProblemAsync(404, "Product not found");
        Assert.Equal(0, (int)(await _client.GetJsonAsync($"/api/inventory/{productId}"))["availableQty"]!);
    }

    [Fact]
    public async Task Reserving_moves_units_from_available_to_reserved()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);

        var response = await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 3 });

        var body = await response.JsonAsync();
        Assert.Equal("Reserved", (string?)body["message"]);
        Assert.Equal(7, (int)body["inventory"]!["availableQty"]!);
        Assert.Equal(3, (int)body["inventory"]!["reservedQty"]!);
    }

    [Fact]
    public async Task Reserving_more_than_available_is_409_out_of_stock_and_changes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 2);

        var response = await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 3 });

        var problem = await response.ProblemAsync(409, "Out of stock");
        Assert.Equal(2, (int)problem["availableQty"]!);
        Assert.Equal(3, (int)problem["requestedQty"]!);
        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(2, (int)stock["availableQty"]!);
        Assert.Equal(0, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task Releasing_returns_reserved_units_to_available()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 4 });

        var response = await admin.PostJsonAsync($"/api/inventory/{productId}/release", new { qty = 3 });

        var body = await response.JsonAsync();
        Assert.Equal("Released", (string?)body["message"]);
        Assert.Equal(9, (int)body["inventory"]!["availableQty"]!);
        Assert.Equal(1, (int)body["inventory"]!["reservedQty"]!);
    }

    [Fact]
    public async Task Releasing_more_than_reserved_is_409_and_changes_nothing()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 2 });

        var response = await admin.PostJsonAsync($"/api/inventory/{productId}/release", new { qty = 3 });

        await response.ProblemAsync(409, "Cannot release more than is reserved");
        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(8, (int)stock["availableQty"]!);
        Assert.Equal(2, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task A_recount_without_reserved_quantity_keeps_the_reservations()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);
        await admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 4 });

        await admin.PutJsonAsync($"/api/inventory/{productId}", new { availableQty = 20 });

        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(20, (int)stock["availableQty"]!);
        Assert.Equal(4, (int)stock["reservedQty"]!);
    }

    [Fact]
    public async Task Fifty_parallel_reserves_of_one_against_stock_ten_give_exactly_ten()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(stock: 10);

        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            admin.PostJsonAsync($"/api/inventory/{productId}/reserve", new { qty = 1 })));

        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.Equal(40, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var stock = await _client.GetJsonAsync($"/api/inventory/{productId}");
        Assert.Equal(0, (int)stock["availableQty"]!);
        Assert.Equal(10, (int)stock["reservedQty"]!);
    }
}
