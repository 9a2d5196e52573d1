using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Spreadsheets.Csv;
using CloudRetail.Spreadsheets.Endpoints;
using CloudRetail.Spreadsheets.Import;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Spreadsheets;

/// <summary>The shop's products and orders as CSV files a spreadsheet opens, and products back in from
/// one. No table of its own: it reads and writes through the Catalog, Inventory and Orders contracts.</summary>
public static class SpreadsheetsModule
{
    public static IServiceCollection AddSpreadsheetsModule(this IServiceCollection services)
    {
        services.AddSingleton<ProductImport>();
        services.AddSingleton<IValidator<OrderExportQuery>, OrderExportQueryValidator>();
        services.AddJsonTypes(SpreadsheetsJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapSpreadsheetsEndpoints(this IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTag("Spreadsheets",
                "CSV files for spreadsheets (staff): export products with their stock and orders of a period; import products, checked whole before anything is written. " +
                "Files are UTF-8 with a byte order mark, comma-separated; money has two decimals with its currency in the next column; times are UTC (yyyy-MM-dd HH:mm:ss).")
            .RequireAuthorization(ShopPolicies.Admin);
        admin.MapGet("/exports/products", ExportProducts.Handle).WithName("ExportProducts")
            .Produces<string>(StatusCodes.Status200OK, ShopCsv.MediaType)
            .WithSummary("Export products as CSV (staff)")
            .WithDescription("Every product: productId, name, category, price, currency, stock (units on hand for sale), description, then reserved and sold. " +
                "The first seven columns are the import's: edit the file in a spreadsheet and import it back. Streamed a page of 100 products at a time.");
        admin.MapGet("/exports/orders", ExportOrders.Handle).WithName("ExportOrders").Validate<OrderExportQuery>()
            .Produces<string>(StatusCodes.Status200OK, ShopCsv.MediaType)
            .WithSummary("Export the orders of a period as CSV (staff)")
            .WithDescription($"Orders placed from `from` to `to` (dates, UTC, inclusive, at most {OrderExportQuery.MaxDays} days), in `status` or any: " +
                "orderId, placedAt, status, customerEmail, units, subtotal, discount, discountCode, shipping, tax, total, currency, shipToCountry. " +
                "Status by status in the order of an order's life, newest first within each; read from the by-status index, never the whole table.");
        admin.MapPost("/imports/products", ImportProducts.Handle).WithName("ImportProducts")
            // Described rather than declared with Accepts: Accepts would make routing answer 415 before
            // authorization answers 401 or 403.
            .AddOpenApiOperationTransformer(ImportProducts.DescribeBody)
            .ProducesProblems(StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType,
                StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Import products from CSV (staff)")
            .WithDescription($"The body is a CSV file (`Content-Type: text/csv`, at most {ImportProducts.MaxFileBytes / 1024 / 1024} MiB and {ProductFile.MaxRows} products) " +
                "with a header row naming productId, name, category, price, currency and optionally stock (units on hand) and description (an empty cell in either leaves the product's own); comma- or semicolon-separated. " +
                "A product is created or updated by its id (its picture kept); a stock cell records a count. The whole file is checked first: " +
                "with `dryRun=true` the answer reports what would change and every bad row (line number, column, reason) and writes nothing; " +
                "without it, a file with a bad row is refused whole (422, `problems`) and otherwise every row is applied. " +
                "A row already as it says is not written again, so importing the same file twice changes nothing the second time. " +
                "409 when a write failed part-way (the rows before it are imported): send the same file again to finish.");
        return api;
    }
}
