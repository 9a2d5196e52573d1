using CloudRetail.Catalog;
using CloudRetail.Inventory;
using CloudRetail.Pricing;

namespace CloudRetail.Api.DemoData;

/// <summary>Fills an empty local shop with a dozen products, their pictures and stock, and what an
/// order costs beyond its goods (collection in store as the default, two paid deliveries, tax rates
/// for two countries, a welcome code), through the modules' own contracts. What is already there
/// keeps its data. The shop's pricing settings (collection taxed in Washington, shipping taxed) are
/// in appsettings.Development.json.</summary>
internal sealed class DemoShop(ICatalog catalog, IInventory inventory, IPricing pricing, ILogger<DemoShop> logger) : IHostedLifecycleService
{
    public const string Setting = "DemoData:Load";

    private static readonly (CatalogProduct Product, int Stock, string Colour)[] Products =
    [
        (new("P001", "Wireless Mouse", "Electronics", 29.99m, "USD",
            "A quiet, two-button mouse with a scroll wheel that clicks. Runs for months on one AA battery and pairs over Bluetooth or its USB receiver."), 100, "#2563eb"),
        (new("P002", "Mechanical Keyboard", "Electronics", 89.50m, "USD",
            "A full-size keyboard with tactile switches, white backlight and keycaps that do not wear shiny. The cable detaches for travel."), 40, "#7c3aed"),
        (new("P003", "USB-C Charger 65W", "Electronics", 39.00m, "USD",
            "Charges a laptop, a tablet and a phone from one plug: 65 W over USB-C, folding pins, about the size of a matchbox."), 75, "#0891b2"),
        (new("P004", "Noise-Cancelling Headphones", "Electronics", 199.00m, "USD",
            "Over-ear headphones that shut out the office and the train. Thirty hours on a charge, and a cable for when they run out."), 15, "#0f766e"),
        (new("P005", "Ceramic Coffee Mug", "Home", 12.50m, "USD",
            "A heavy stoneware mug that holds 350 ml and keeps it warm. Dishwasher and microwave safe."), 200, "#b45309"),
        (new("P006", "Cast Iron Skillet", "Home", 45.00m, "USD",
            "A 26 cm skillet, seasoned and ready for the stove, the oven or a campfire. It will outlast the kitchen."), 30, "#57534e"),
        (new("P007", "Linen Throw Pillow", "Home", 24.99m, "USD",
            "Washed linen over a feather-free filling, 45 × 45 cm. The cover unzips and goes in the wash."), 60, "#be185d"),
        (new("P008", "The Pragmatic Programmer", "Books", 42.00m, "USD",
            "Practical advice for writing software that stays easy to change, by David Thomas and Andrew Hunt. 20th anniversary edition."), 25, "#15803d"),
        (new("P009", "Designing Data-Intensive Applications", "Books", 49.99m, "USD",
            "Martin Kleppmann on how databases, streams and distributed systems really work, and how to choose between them."), 20, "#b91c1c"),
        (new("P010", "Trail Running Shoes", "Outdoor", 129.00m, "USD",
            "Light, grippy shoes for rocky paths, with a cushioned sole for long days and a mesh that dries fast."), 18, "#ea580c"),
        (new("P011", "Insulated Water Bottle", "Outdoor", 27.00m, "USD",
            "Double-walled steel keeps drinks cold for a day or hot for twelve hours. 750 ml, with a leak-proof lid."), 120, "#0369a1"),
        (new("P012", "Two-Person Tent", "Outdoor", 249.00m, "USD",
            "A freestanding tent for two that pitches in five minutes and packs to 2.1 kg. Two doors, two porches."), 8, "#4d7c0f"),
    ];

    private static readonly ShippingOption[] ShippingMethods =
    [
        new("collect", "Collect in store (Seattle)", 0m, "USD", [], null, 0, 1, true, RequiresAddress: false),
        new("standard", "Standard delivery", 7.99m, "USD", ["CA", "US"], 100m, 3, 5, true, RequiresAddress: true),
        new("express", "Express delivery", 19.99m, "USD", ["US"], null, 1, 2, true, RequiresAddress: true),
    ];

    private static readonly TaxRate[] TaxRates =
    [
        new("US-WA", "US", "WA", "WA sales tax", 6.5m),
        new("US-CA", "US", "CA", "CA sales tax", 7.25m),
        new("CA", "CA", null, "GST", 5m),
        new("CA-ON", "CA", "ON", "Ontario PST", 8m),
    ];

    private static readonly DiscountCodeState WelcomeCode =
        new("WELCOME10", DiscountKind.Percent, 10m, null, null, null, null, RedemptionLimit: 1000, PerShopperLimit: 1, Active: true, 0, 0);

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var method in ShippingMethods)
        {
            await pricing.AddShippingMethodAsync(method, cancellationToken);
        }
        foreach (var rate in TaxRates)
        {
            await pricing.AddTaxRateAsync(rate, cancellationToken);
        }
        await pricing.AddDiscountCodeAsync(WelcomeCode, cancellationToken);
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
