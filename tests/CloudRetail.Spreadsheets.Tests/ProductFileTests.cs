using System.Text;
using CloudRetail.Catalog;
using CloudRetail.Spreadsheets.Import;

namespace CloudRetail.Spreadsheets.Tests;

/// <summary>An import file is read and checked whole: good rows become products (with a stock count when
/// the row has one), and every bad row is reported with its line (the header is line 1) and column.</summary>
public sealed class ProductFileTests
{
    private const string Header = "productId,name,category,price,currency,stock\r\n";

    /// <summary>Stands in for the catalog's rules: a currency must be three capital letters.</summary>
    private static IReadOnlyList<ProductProblem> Check(CatalogProduct product) =>
        product.Currency is { Length: 3 } currency && currency.All(char.IsAsciiLetterUpper) ? [] : [new ProductProblem("currency", "currency must be an ISO 4217 code such as USD")];

    private static ProductFile Read(string text) => ProductFile.Read(Encoding.UTF8.GetBytes(text), Check);

    [Fact]
    public void Rows_become_products_with_their_stock_count_and_an_empty_stock_cell_leaves_stock_alone()
    {
        var file = Read(Header + "LAMP-1,Desk lamp,Lighting,24.50,USD,12\r\n\"DESK-1\",\"Desk, oak\",Furniture,199,EUR,\r\n");

        Assert.Empty(file.Problems);
        Assert.Equal(
            [new ProductRow(2, new CatalogProduct("LAMP-1", "Desk lamp", "Lighting", 24.50m, "USD"), 12),
             new ProductRow(3, new CatalogProduct("DESK-1", "Desk, oak", "Furniture", 199m, "EUR"), null)],
            file.Rows);
    }

    [Fact]
    public void The_stock_column_may_be_left_out()
    {
        var file = Read("productId,name,category,price,currency\nLAMP-1,Desk lamp,Lighting,24.50,USD\n");

        Assert.Equal(new ProductRow(2, new CatalogProduct("LAMP-1", "Desk lamp", "Lighting", 24.50m, "USD"), null), Assert.Single(file.Rows));
    }

    [Fact]
    public void A_description_cell_gives_the_product_its_text_and_an_empty_one_leaves_the_products_own()
    {
        var file = Read("productId,name,category,price,currency,description\nLAMP-1,Desk lamp,Lighting,24.50,USD,\" Warm light.\nDims. \"\nLAMP-2,Floor lamp,Lighting,80,USD,\n");

        Assert.Equal(
            [new ProductRow(2, new CatalogProduct("LAMP-1", "Desk lamp", "Lighting", 24.50m, "USD", "Warm light.\nDims."), null),
             new ProductRow(4, new CatalogProduct("LAMP-2", "Floor lamp", "Lighting", 80m, "USD"), null)],
            file.Rows);
    }

    [Fact]
    public void A_file_saved_by_a_spreadsheet_with_semicolons_and_a_byte_order_mark_reads_the_same()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("productId;name;category;price;currency;stock\r\nLAMP-1;Lamp, brass;Lighting;24.50;USD;3\r\n")];
        var file = ProductFile.Read(bytes, Check);

        Assert.Empty(file.Problems);
        Assert.Equal(new CatalogProduct("LAMP-1", "Lamp, brass", "Lighting", 24.50m, "USD"), Assert.Single(file.Rows).Product);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_column_and_the_good_rows_are_kept_apart()
    {
        var file = Read(Header +
            "LAMP-1,Desk lamp,Lighting,24.50,USD,12\r\n" +
            "LAMP-2,Floor lamp,Lighting,twelve,USD,1\r\n" +
            "LAMP-3,Wall lamp,Lighting,10,usd,-4\r\n" +
            "LAMP-1,Desk lamp again,Lighting,20,USD,\r\n" +
            "LAMP-4,Short row\r\n" +
            "LAMP-5,Table lamp,Lighting,\"1,200.00\",USD,\r\n");

        Assert.Equal(
        [
            new RowProblem(3, "price", "price must be a number with a decimal point, such as 12.50"),
            new RowProblem(4, "stock", "stock must be a whole number from 0 to 1000000, or empty to leave it"),
            new RowProblem(4, "currency", "currency must be an ISO 4217 code such as USD"),
            new RowProblem(5, "productId", "LAMP-1 is already on line 2"),
            new RowProblem(6, "", "the row has 2 cells, the header 6"),
            new RowProblem(7, "price", "price must be a number with a decimal point, such as 12.50"),
        ], file.Problems);
        Assert.Equal(["LAMP-1"], file.Rows.Select(r => r.Product.ProductId));
    }

    [Theory]
    [InlineData("productId,name,price,currency\r\n", "category")]
    [InlineData("productId,name,category,price,currency,colour\r\n", "colour")]
    [InlineData("", "productId")]
    public void A_header_without_a_required_column_or_with_an_unknown_one_is_the_one_problem(string header, string column)
    {
        var file = Read(header + "LAMP-1,Desk lamp,Lighting,24.50,USD\r\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal((1, column), (problem.Line, problem.Field));
        Assert.Empty(file.Rows);
    }

    [Fact]
    public void A_line_break_inside_quotes_is_part_of_the_name_and_the_next_row_keeps_its_own_line_number()
    {
        var file = Read(Header + "LAMP-1,\"Desk\nlamp\",Lighting,24.50,USD,1\r\nLAMP-2,Lamp,Lighting,bad,USD,1\r\n");

        Assert.Equal("Desk\nlamp", Assert.Single(file.Rows).Product.Name);
        Assert.Equal(4, Assert.Single(file.Problems).Line);
    }

    [Fact]
    public void A_file_of_more_products_than_one_import_takes_is_refused_whole()
    {
        var rows = string.Concat(Enumerable.Range(1, ProductFile.MaxRows + 1).Select(i => $"P-{i},Lamp {i},Lighting,1.00,USD,1\r\n"));

        var file = Read(Header + rows);

        Assert.Contains($"more than {ProductFile.MaxRows} products", Assert.Single(file.Problems).Reason, StringComparison.Ordinal);
        Assert.Empty(file.Rows);
    }
}
