using CloudRetail.Catalog;
using CloudRetail.Inventory;
using CloudRetail.Spreadsheets.Csv;
using CloudRetail.Spreadsheets.Import;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Spreadsheets.Endpoints;

/// <summary>The catalog with its stock as CSV, in the columns the import reads (so an export edited in a
/// spreadsheet imports back), then what the import ignores: units reserved and sold.</summary>
internal static class ExportProducts
{
    public const string Reserved = "reserved", Sold = "sold";

    public static PushStreamHttpResult Handle(ICatalog catalog, IInventory inventory, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Stream(async body =>
        {
            await using var csv = ShopCsv.Writer(body);
            await csv.WriteRecordAsync([.. ProductFile.Columns, Reserved, Sold], cancellationToken);
            await foreach (var page in catalog.AllProductsAsync(cancellationToken).Chunk(PageSize).WithCancellation(cancellationToken))
            {
                var levels = await inventory.GetStockAsync(page.Select(p => p.ProductId).ToList(), cancellationToken);
                foreach (var product in page)
                {
                    var level = levels.GetValueOrDefault(product.ProductId) ?? StockLevel.None(product.ProductId);
                    await csv.WriteRecordAsync([product.ProductId, product.Name, product.Category, ShopCsv.Money(product.Price), product.Currency,
                        Count(level.AvailableQty), product.Description ?? "", Count(level.ReservedQty), Count(level.SoldQty)], cancellationToken);
                }
                await csv.FlushAsync(cancellationToken);
            }
        }, ShopCsv.ContentType, $"products-{clock.GetUtcNow():yyyy-MM-dd}.csv");

    private const int PageSize = 100;

    private static string Count(int units) => units.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
