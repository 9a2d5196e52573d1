using System.Globalization;
using CloudRetail.Catalog;
using CloudRetail.Inventory;
using CloudRetail.Spreadsheets.Csv;
using CsvHelper;

namespace CloudRetail.Spreadsheets.Import;

/// <summary>One product row of an import file: the product's details and, when the row gives one, its
/// count of units on hand for sale.</summary>
internal sealed record ProductRow(int Line, CatalogProduct Product, int? Stock);

/// <summary>What is wrong with one row (<paramref name="Line"/> as a spreadsheet numbers them, the
/// header being line 1), and in which column.</summary>
internal sealed record RowProblem(int Line, string Field, string Reason);

/// <summary>A product import file read and checked whole before anything is written: every row's
/// details by the catalog's own rules, the stock column, and ids given twice.</summary>
internal sealed record ProductFile(IReadOnlyList<ProductRow> Rows, IReadOnlyList<RowProblem> Problems)
{
    public const int MaxRows = 5_000;
    public const string ProductId = "productId", Name = "name", Category = "category", Price = "price", Currency = "currency";
    public const string Stock = "stock", Description = "description";
    public static readonly string[] RequiredColumns = [ProductId, Name, Category, Price, Currency];
    public static readonly string[] Columns = [.. RequiredColumns, Stock, Description];

    /// <param name="checkProduct">The catalog's rules for a product's details (<see cref="ICatalog.CheckProduct"/>).</param>
    public static ProductFile Read(ReadOnlyMemory<byte> file, Func<CatalogProduct, IReadOnlyList<ProductProblem>> checkProduct)
    {
        using var reader = ShopCsv.Reader(file);
        if (HeaderProblem(reader.Headers) is { } headerProblem)
        {
            return new([], [headerProblem]);
        }
        var rows = new List<ProductRow>();
        var problems = new List<RowProblem>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            for (var read = 1; reader.Read(); read++)
            {
                var line = (int)reader.LineNumber;
                if (read > MaxRows)
                {
                    return new([], [new RowProblem(line, "", $"the file has more than {MaxRows} products: split it")]);
                }
                var rowProblems = ReadRow(reader, line, checkProduct, out var row);
                if (row is not null && !firstLineOf.TryAdd(row.Product.ProductId, line))
                {
                    rowProblems.Add(new RowProblem(line, ProductId, $"{row.Product.ProductId} is already on line {firstLineOf[row.Product.ProductId]}"));
                }
                if (rowProblems.Count > 0)
                {
                    problems.AddRange(rowProblems);
                }
                else
                {
                    rows.Add(row!);
                }
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new RowProblem((int)reader.LineNumber, "", $"the file is not valid CSV here: {e.Message}"));
        }
        return new(rows, problems);
    }

    private static RowProblem? HeaderProblem(IReadOnlyList<string>? headers)
    {
        var given = headers ?? [];
        if (RequiredColumns.Except(given, StringComparer.Ordinal).ToList() is { Count: > 0 } missing)
        {
            return new RowProblem(1, missing[0], $"the header row must name the columns {string.Join(", ", Columns)} (stock and description are optional); missing: {string.Join(", ", missing)}");
        }
        if (given.Except(Columns, StringComparer.Ordinal).FirstOrDefault() is { } unknown)
        {
            return new RowProblem(1, unknown, $"unknown column '{unknown}': the columns are {string.Join(", ", Columns)}");
        }
        return given.Count != given.Distinct(StringComparer.Ordinal).Count()
            ? new RowProblem(1, "", "a column is named twice in the header row")
            : null;
    }

    private static List<RowProblem> ReadRow(CsvReader reader, int line, Func<CatalogProduct, IReadOnlyList<ProductProblem>> checkProduct, out ProductRow? row)
    {
        row = null;
        var problems = new List<RowProblem>();
        if (reader.FieldCount != reader.Headers!.Count)
        {
            problems.Add(new RowProblem(line, "", $"the row has {reader.FieldCount} cells, the header {reader.Headers.Count}"));
            return problems;
        }
        var priceUnreadable = !decimal.TryParse(reader.GetString(Price), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount);
        if (priceUnreadable)
        {
            problems.Add(new RowProblem(line, Price, "price must be a number with a decimal point, such as 12.50"));
        }
        int? stock = null;
        if (reader.TryGetFieldIndex(Stock, out var stockColumn) && reader.GetString(stockColumn) is { Length: > 0 } units)
        {
            if (int.TryParse(units, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= StockLimits.MaxUnitsOnHand)
            {
                stock = count;
            }
            else
            {
                problems.Add(new RowProblem(line, Stock, $"stock must be a whole number from 0 to {StockLimits.MaxUnitsOnHand}, or empty to leave it"));
            }
        }
        // An empty or missing description cell leaves the product's description as it is, as for stock.
        var description = reader.TryGetFieldIndex(Description, out var descriptionColumn) && reader.GetString(descriptionColumn)?.Trim() is { Length: > 0 } text
            ? text
            : null;
        var product = new CatalogProduct(reader.GetString(ProductId), reader.GetString(Name), reader.GetString(Category), amount, reader.GetString(Currency), description);
        problems.AddRange(checkProduct(product)
            .Where(p => !(priceUnreadable && p.Field == Price))
            .Select(p => new RowProblem(line, p.Field, p.Reason)));
        if (problems.Count == 0)
        {
            row = new ProductRow(line, product, stock);
        }
        return problems;
    }
}
