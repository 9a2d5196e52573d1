using System.Security.Claims;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Tests;

/// <summary>What the stock endpoints answer, called as handlers with the catalog and the stock
/// behind their contracts: stock exists only for a product the catalog knows, and a count that
/// kept racing is a conflict to retry. The DynamoDB side is the API tests' (Inventory/).</summary>
public sealed class StockHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim("sub", "staff-1")], "test"));
    private static readonly StockLevel Level = new("P-1", 7, 2, 1, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Stock_of_a_product_the_catalog_does_not_know_is_404()
    {
        var answer = await GetStock.Handle("P-1", new Catalog(known: false), new Stock(), Options(lowStockThreshold: 5), None);

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(answer.Result).StatusCode);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    public async Task Stock_of_a_known_product_is_its_level_low_at_or_below_the_threshold(int threshold, bool low)
    {
        var answer = await GetStock.Handle("P-1", new Catalog(known: true), new Stock(), Options(threshold), None);

        Assert.Equal(new StockView("P-1", 7, 2, 1, DateTimeOffset.UnixEpoch, 0, threshold, low), Assert.IsType<Ok<StockView>>(answer.Result).Value);
    }

    [Fact]
    public async Task Counting_stock_of_an_unknown_product_is_404_and_counts_nothing()
    {
        var stock = new Stock();

        var answer = await SetStock.Handle("P-1", new SetStockRequest(5, "recount"), Staff, new Catalog(known: false), stock, None);

        Assert.Equal(404, Assert.IsType<ProblemHttpResult>(answer.Result).StatusCode);
        Assert.Empty(stock.Counts);
    }

    [Fact]
    public async Task A_count_is_recorded_as_the_signed_in_staff_member_with_the_reason()
    {
        var stock = new Stock();

        var answer = await SetStock.Handle("P-1", new SetStockRequest(5, "recount"), Staff, new Catalog(known: true), stock, None);

        Assert.Equal(new StockUpdated("Inventory updated", Level), Assert.IsType<Ok<StockUpdated>>(answer.Result).Value);
        Assert.Equal([("P-1", 5, new StockActor("staff-1", "recount"))], stock.Counts);
        // The count is the admin's action: it goes in the audit trail under their id.
        Assert.Equal([new Audit.AuditAdmin("staff-1", null)], stock.Audited);
    }

    [Fact]
    public async Task A_count_that_would_pass_the_ceiling_with_the_reservations_is_409_naming_the_ceiling()
    {
        var answer = await SetStock.Handle("P-1", new SetStockRequest(999_999, "recount"), Staff, new Catalog(known: true), new Stock { PastCeiling = true }, None);

        var problem = Assert.IsType<ProblemHttpResult>(answer.Result).ProblemDetails;
        Assert.Equal(409, problem.Status);
        Assert.Equal((1_000_000, 2, 999_999), (problem.Extensions["maxUnitsOnHand"], problem.Extensions["reservedQty"], problem.Extensions["requestedQty"]));
    }

    [Fact]
    public async Task A_count_that_kept_racing_reservations_is_409_to_try_again()
    {
        var answer = await SetStock.Handle("P-1", new SetStockRequest(5, "recount"), Staff, new Catalog(known: true), new Stock { CountSettles = false }, None);

        var problem = Assert.IsType<ProblemHttpResult>(answer.Result).ProblemDetails;
        Assert.Equal(409, problem.Status);
        Assert.Equal("Stock kept moving while it was counted; try again", problem.Extensions["message"]);
    }

    private static InventoryOptions Options(int lowStockThreshold) => new("stock", "ledger", TimeSpan.Zero, lowStockThreshold);

    private sealed class Catalog(bool known) : ICatalog
    {
        public Task<CatalogProduct?> FindProductAsync(string productId, CancellationToken cancellationToken) =>
            Task.FromResult(known ? new CatalogProduct(productId, "Lamp", "Home", 12.50m, "USD") : null);

        public BatchedRead<CatalogProduct?> FindProduct(ReadBatch batch, string productId) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, CatalogProduct>> FindProductsAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<bool> AddProductAsync(CatalogProduct product, ProductPicture? picture, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task ImportProductsAsync(IReadOnlyCollection<CatalogProduct> products, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public IAsyncEnumerable<CatalogProduct> AllProductsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> UpdateProductAsync(CatalogProduct product, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IReadOnlyList<ProductProblem> CheckProduct(CatalogProduct product) => throw new NotSupportedException();
    }

    private sealed class Stock : IInventory
    {
        public bool CountSettles { get; init; } = true;

        public bool PastCeiling { get; init; }

        public List<(string ProductId, int AvailableQty, StockActor Actor)> Counts { get; } = [];

        public List<Audit.AuditAdmin?> Audited { get; } = [];

        public Task<StockLevel> GetStockAsync(string productId, CancellationToken cancellationToken) => Task.FromResult(Level);

        public Task<StockCount> CountStockAsync(string productId, int availableQty, StockActor actor, CancellationToken cancellationToken, Audit.AuditAdmin? audited = null)
        {
            Audited.Add(audited);
            Counts.Add((productId, availableQty, actor));
            return Task.FromResult(PastCeiling ? new StockCount(StockCountOutcome.PastCeiling, Level)
                : CountSettles ? StockCount.Counted(Level) : new StockCount(StockCountOutcome.KeptMoving, null));
        }

        public BatchedRead<StockLevel> GetStock(ReadBatch batch, string productId) => throw new NotSupportedException();

        public Task<IReadOnlyDictionary<string, StockLevel>> GetStockAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public void ReserveStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) => throw new NotSupportedException();

        public void ReturnSaleToStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) => throw new NotSupportedException();

        public void ReleaseStock(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) => throw new NotSupportedException();

        public void ConfirmSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) => throw new NotSupportedException();

        public void WriteOffSale(WriteTransaction transaction, string orderId, IEnumerable<StockLine> lines) => throw new NotSupportedException();

        public Task<IReadOnlyList<StockLevel>> LowStockAsync(int atOrBelow, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> DriftingProductsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
