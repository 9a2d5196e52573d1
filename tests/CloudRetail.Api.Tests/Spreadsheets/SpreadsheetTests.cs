using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.Api.Tests.Payments;

namespace CloudRetail.Api.Tests.Spreadsheets;

/// <summary>CSV in and out: what the back office exports opens in a spreadsheet and imports back; an
/// import is checked whole (a bad row changes nothing), applied whole, and idempotent.</summary>
[Collection(ShopApiCollection.Name)]
public sealed class SpreadsheetTests(ShopApi shop)
{
    private const string Header = "productId,name,category,price,currency,stock\r\n";

    [Fact]
    public async Task A_dry_run_reports_every_bad_row_and_changes_nothing_then_the_fixed_file_imports_every_row()
    {
        var admin = await shop.AdminClientAsync();
        var (lamp, desk) = (TestCatalog.NewProductId(), TestCatalog.NewProductId());
        var bad = Header + $"{lamp},Brass lamp,Lighting,24.50,USD,7\r\n{desk},Oak desk,Furniture,12O.00,USD,2\r\n";

        var dryRun = await (await ImportAsync(admin, bad, dryRun: true)).JsonAsync();
        var refused = await (await ImportAsync(admin, bad)).ProblemAsync(422, "The file has 1 bad row; nothing was imported");

        var problem = Assert.Single(dryRun["problems"]!.AsArray())!;
        Assert.Equal((3, "price"), ((int)problem["line"]!, (string)problem["field"]!));
        Assert.Equal(3, (int)refused["problems"]![0]!["line"]!);
        await ProductIsAbsentAsync(lamp);
        await ProductIsAbsentAsync(desk);

        var imported = await (await ImportAsync(admin, bad.Replace("12O.00", "120.00", StringComparison.Ordinal))).JsonAsync();

        Assert.Equal((2, 2, 0, 2), ((int)imported["rows"]!, (int)imported["created"]!, (int)imported["updated"]!, (int)imported["stockCounted"]!));
        var product = await shop.Client.GetJsonAsync($"/api/products/{desk}");
        Assert.Equal(("Oak desk", "Furniture", 120.00m, "USD"), ((string)product["name"]!, (string)product["category"]!, (decimal)product["price"]!, (string)product["currency"]!));
        Assert.Equal(7, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{lamp}"))["availableQty"]!);
        var movements = await admin.GetJsonAsync($"/api/inventory/{lamp}/movements");
        Assert.Contains(movements["items"]!.AsArray(), m => (string?)m!["reason"] == "CSV import");
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_a_changed_price_updates_only_that_product()
    {
        var admin = await shop.AdminClientAsync();
        var (lamp, desk) = (TestCatalog.NewProductId(), TestCatalog.NewProductId());
        var file = Header + $"{lamp},Brass lamp,Lighting,24.50,USD,7\r\n{desk},Oak desk,Furniture,120.00,USD,\r\n";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin, file)).StatusCode);

        var again = await (await ImportAsync(admin, file)).JsonAsync();
        var repriced = await (await ImportAsync(admin, file.Replace("24.50", "26.00", StringComparison.Ordinal))).JsonAsync();

        Assert.Equal((0, 0, 2, 0), ((int)again["created"]!, (int)again["updated"]!, (int)again["unchanged"]!, (int)again["stockCounted"]!));
        Assert.Equal((0, 1, 1), ((int)repriced["created"]!, (int)repriced["updated"]!, (int)repriced["unchanged"]!));
        Assert.Equal(26.00m, (decimal)(await shop.Client.GetJsonAsync($"/api/products/{lamp}"))["price"]!);
        Assert.Equal(0, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{desk}"))["availableQty"]!);
    }

    [Fact]
    public async Task An_import_sets_descriptions_and_a_row_without_one_leaves_the_products_own()
    {
        var admin = await shop.AdminClientAsync();
        var lamp = TestCatalog.NewProductId();
        var described = await (await ImportAsync(admin,
            "productId,name,category,price,currency,description\r\n" + $"{lamp},Brass lamp,Lighting,24.50,USD,\"Warm light.\nDims in three steps.\"\r\n")).JsonAsync();

        var withoutColumn = await (await ImportAsync(admin, Header + $"{lamp},Brass lamp,Lighting,24.50,USD,\r\n")).JsonAsync();
        var repriced = await (await ImportAsync(admin, Header + $"{lamp},Brass lamp,Lighting,26.00,USD,\r\n")).JsonAsync();

        Assert.Equal(1, (int)described["created"]!);
        Assert.Equal((0, 1), ((int)withoutColumn["updated"]!, (int)withoutColumn["unchanged"]!));
        Assert.Equal(1, (int)repriced["updated"]!);
        var product = await shop.Client.GetJsonAsync($"/api/products/{lamp}");
        Assert.Equal(26.00m, (decimal)product["price"]!);
        Assert.Equal("Warm light.\nDims in three steps.", (string?)product["description"]);
    }

    [Fact]
    public async Task Parallel_imports_of_one_file_leave_each_product_once_with_its_count_and_stock_that_adds_up()
    {
        var admin = await shop.AdminClientAsync();
        var ids = Enumerable.Range(0, 6).Select(_ => TestCatalog.NewProductId()).ToList();
        var file = Header + string.Concat(ids.Select((id, i) => $"{id},Lamp {i},Lighting,{10 + i}.00,USD,{5 + i}\r\n"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ImportAsync(admin, file)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(10m + i, (decimal)(await shop.Client.GetJsonAsync($"/api/products/{ids[i]}"))["price"]!);
            Assert.Equal(5 + i, (int)(await shop.Client.GetJsonAsync($"/api/inventory/{ids[i]}"))["availableQty"]!);
        }
        await ShopInvariants.AssertHoldAsync(shop, ids, []);
    }

    [Fact]
    public async Task The_product_export_opens_in_a_spreadsheet_and_imports_back_unchanged()
    {
        var admin = await shop.AdminClientAsync();
        var productId = TestCatalog.NewProductId();
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(admin,
            "productId,name,category,price,currency,stock,description\r\n" + $"{productId},\"=HYPERLINK(\"\"x\"\"), lamp\",Lighting,9.90,USD,4,\"Brass, with a linen shade\"\r\n")).StatusCode);

        var export = await admin.GetAsync("/api/admin/exports/products");
        var bytes = await export.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", export.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("attachment", export.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("productId,name,category,price,currency,stock,description,reserved,sold", lines[0]);
        // A cell a spreadsheet would run as a formula is written as text.
        Assert.Contains($"{productId},\"'=HYPERLINK(\"\"x\"\"), lamp\",Lighting,9.90,USD,4,\"Brass, with a linen shade\",0,0", lines);

        // The file's own header and this product's row, as a spreadsheet saves them back (the columns it added dropped).
        static string WithoutTheLastTwoCells(string line) => line[..line.LastIndexOf(',', line.LastIndexOf(',') - 1)];
        var reimport = await (await ImportAsync(admin, string.Join("\r\n", lines.Where(l => l == lines[0] || l.StartsWith(productId, StringComparison.Ordinal))
            .Select(l => WithoutTheLastTwoCells(l.Replace("'=HYPERLINK", "=HYPERLINK", StringComparison.Ordinal)))), dryRun: true)).JsonAsync();
        Assert.Empty(reimport["problems"]!.AsArray());
        Assert.Equal(1, (int)reimport["unchanged"]!);
    }

    [Fact]
    public async Task The_order_export_lists_the_periods_orders_with_their_totals_and_a_status_narrows_it()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, email) = await shop.NewCustomerAsync();
        var productId = await admin.CreateProductAsync(price: 12.50m, stock: 5);
        var orderId = await RefundTests.PaidOrderAsync(customer, (productId, 2));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var all = await ExportOrdersAsync(admin, $"from={today}&to={today}");
        var delivered = await ExportOrdersAsync(admin, $"from={today}&to={today}&status=DELIVERED");

        Assert.Equal("orderId,placedAt,status,customerEmail,units,subtotal,discount,discountCode,shipping,tax,total,currency,shipToCountry", all[0]);
        var row = Assert.Single(all, line => line.StartsWith(orderId, StringComparison.Ordinal)).Split(',');
        Assert.Equal(["CONFIRMED", email, "2", "25.00"], [row[2], row[3], row[4], row[5]]);
        Assert.Equal(today, row[1][..10]);
        Assert.DoesNotContain(delivered, line => line.StartsWith(orderId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-31", "from")]
    [InlineData("from=2026-12-02", "to")]
    [InlineData("from=2026-12-02&to=2026-12-01", "to")]
    [InlineData("from=2024-01-01&to=2026-01-01", "to")]
    [InlineData("from=2026-12-01&to=2026-12-02&status=LOST", "status")]
    public async Task An_order_export_without_a_good_period_or_status_is_a_400_naming_the_parameter(string query, string parameter)
    {
        var admin = await shop.AdminClientAsync();

        var problem = await (await admin.GetAsync($"/api/admin/exports/orders?{query}")).ProblemAsync(400);

        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Fact]
    public async Task An_import_that_is_not_csv_or_too_large_is_refused_with_what_to_send()
    {
        var admin = await shop.AdminClientAsync();

        await (await admin.SendRawAsync(HttpMethod.Post, "/api/admin/imports/products", "{}")).ProblemAsync(415);
        await (await ImportAsync(admin, Header + new string('x', 2 * 1024 * 1024))).ProblemAsync(413);
    }

    [Fact]
    public async Task A_file_larger_than_the_64_KiB_other_bodies_may_be_is_read_whole()
    {
        var admin = await shop.AdminClientAsync();
        var rows = Enumerable.Range(1, 2_000).Select(row => $"{TestCatalog.NewProductId()},Walnut bookshelf number {row},Furniture,89.00,USD,3\r\n");
        var csv = Header + string.Concat(rows);
        Assert.True(csv.Length > 64 * 1024);

        var report = await (await ImportAsync(admin, csv, dryRun: true)).JsonAsync();

        Assert.Equal((2_000, 2_000), ((int)report["rows"]!, (int)report["created"]!));
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient admin, string csv, bool dryRun = false) =>
        admin.SendRawAsync(HttpMethod.Post, $"/api/admin/imports/products{(dryRun ? "?dryRun=true" : "")}", csv, "text/csv");

    private static async Task<string[]> ExportOrdersAsync(HttpClient admin, string query)
    {
        var export = await admin.GetAsync($"/api/admin/exports/orders?{query}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        return (await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task ProductIsAbsentAsync(string productId) =>
        Assert.Equal(HttpStatusCode.NotFound, (await shop.Client.GetAsync($"/api/products/{productId}")).StatusCode);
}
