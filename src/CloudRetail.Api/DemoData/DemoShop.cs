using CloudRetail.Catalog;
using CloudRetail.Inventory;

namespace CloudRetail.Api.DemoData;

/// <summary>Fills an empty local shop with a dozen products, their pictures and stock, through the
/// modules' own contracts. Products already there keep their data and stock.</summary>
internal sealed class DemoShop(ICatalog catalog, IInventory inventory, ILogger<DemoShop> logger) : IHostedLifecycleService
{
    public const string Setting = "DemoData:Load";

    private static readonly (CatalogProduct Product, int Stock, string Colour)[] Products =
    [
        (new("P001", "Wireless Mouse", "Electronics", 29.99m, "USD"), 100, "#2563eb"),
        (new("P002", "Mechanical Keyboard", "Electronics", 89.50m, "USD"), 40, "#7c3aed"),
        (new("P003", "USB-C Charger 65W", "Electronics", 39.00m, "USD"), 75, "#0891b2"),
        (new("P004", "Noise-Cancelling Headphones", "Electronics", 199.00m, "USD"), 15, "#0f766e"),
        (new("P005", "Ceramic Coffee Mug", "Home", 12.50m, "USD"), 200, "#b45309"),
        (new("P006", "Cast Iron Skillet", "Home", 45.00m, "USD"), 30, "#57534e"),
        (new("P007", "Linen Throw Pillow", "Home", 24.99m, "USD"), 60, "#be185d"),
        (new("P008", "The Pragmatic Programmer", "Books", 42.00m, "USD"), 25, "#15803d"),
        (new("P009", "Designing Data-Intensive Applications", "Books", 49.99m, "USD"), 20, "#b91c1c"),
        (new("P010", "Trail Running Shoes", "Outdoor", 129.00m, "USD"), 18, "#ea580c"),
        (new("P011", "Insulated Water Bottle", "Outdoor", 27.00m, "USD"), 120, "#0369a1"),
        (new("P012", "Two-Person Tent", "Outdoor", 249.00m, "USD"), 8, "#4d7c0f"),
    ];

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (product, stock, colour) in Products)
        {
            if (await catalog.AddProductAsync(product, ProductPictures.Svg(product.Name, colour), cancellationToken))
            {
                await inventory.CountStockAsync(product.ProductId, stock, new StockActor("demo-shop", "demo catalog"), cancellationToken);
                added++;
            }
        }
        logger.LogInformation("Demo catalog ready: {Added} of {Total} products added", added, Products.Length);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
