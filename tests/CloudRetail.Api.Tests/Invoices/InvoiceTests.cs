using System.Globalization;
using System.Net;
using Amazon.DynamoDBv2;
using CloudRetail.Api.Tests.Faults;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Payments;
using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.Invoices;

[Collection(ShopApiCollection.Name)]
public sealed class InvoiceTests(ShopApi shop, ITestOutputHelper output)
{
    [Fact]
    public async Task A_paid_order_gets_an_invoice_whose_stored_pdf_shows_every_figure_of_the_order()
    {
        var admin = await shop.AdminClientAsync();
        var (mouse, cable) = (await admin.CreateProductAsync(price: 12.50m, stock: 5), await admin.CreateProductAsync(price: 7.25m, stock: 5));
        var (customer, _, email) = await shop.NewCustomerAsync();
        await customer.PostJsonAsync("/api/cart/items", new { productId = mouse, qty = 2 });
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, cable, qty: 3);

        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })).StatusCode);

        var order = await customer.GetJsonAsync($"/api/orders/{orderId}");
        var (number, words) = await InvoicePdf.ReadAsync(customer, orderId);
        var text = string.Join(' ', words);
        Assert.Matches("^INV-[0-9]{6,}$", number);
        Assert.Contains(number, words);
        Assert.Contains(ShopApiFactory.LegalName, text, StringComparison.Ordinal);
        Assert.All(ShopApiFactory.LegalAddress.Split(';', StringSplitOptions.TrimEntries), line => Assert.Contains(line, text, StringComparison.Ordinal));
        Assert.Contains(orderId, words);
        Assert.Contains(shop.Clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), words);
        Assert.Contains(email, words);
        Assert.Contains("No delivery address", text, StringComparison.Ordinal);
        foreach (var line in order["items"]!.AsArray())
        {
            var (name, qty, price) = ((string)line!["name"]!, (int)line["qty"]!, (decimal)line["price"]!);
            Assert.Contains($"{name} {qty} {Money(price)} 0% {Money(qty * price)}", text, StringComparison.Ordinal);
        }
        var total = (decimal)order["totalAmount"]!;
        Assert.Equal(46.75m, total);
        Assert.Contains("Subtotal 46.75 USD", text, StringComparison.Ordinal);
        Assert.Contains("Discount 0.00 USD", text, StringComparison.Ordinal);
        Assert.Contains("Shipping 0.00 USD", text, StringComparison.Ordinal);
        Assert.Contains("Tax 0.00 USD", text, StringComparison.Ordinal);
        Assert.Contains($"Total {Money(total)} USD", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_order_confirmed_e_mail_sends_the_shopper_to_the_order_page_that_offers_the_invoice_not_to_the_api()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, email) = await shop.NewCustomerAsync();
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, await admin.CreateProductAsync(stock: 2), qty: 1);

        await customer.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        var mail = Assert.Single(await SesOutbox.MailsToAsync(shop.Emulators.Urls.Ses, email, subjectContains: "Order confirmed"));
        var (text, html) = ((string)mail["body"]!["text"]!, (string)mail["body"]!["html"]!);
        Assert.Contains($"Your invoice: sign in and choose \"Download invoice\" on your order's page: {ShopApiFactory.StorefrontUrl}/orders/{orderId}\n", text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{ShopApiFactory.StorefrontUrl}/orders/{orderId}\">your order's page</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/", html, StringComparison.Ordinal);
        // The page the link opens, as a browser asks for it, is the storefront's (index.html for a client
        // route), not a 401 from the API.
        using var navigation = new HttpRequestMessage(HttpMethod.Get, $"/orders/{orderId}");
        navigation.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml");
        var page = await shop.Client.SendAsync(navigation);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(TestStorefront.IndexMarker, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_orders_paid_at_once_get_twenty_consecutive_invoice_numbers()
    {
        const int Orders = 20;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 3.00m, stock: Orders);
        var customers = await Task.WhenAll(Enumerable.Range(0, Orders).Select(_ => shop.NewCustomerAsync()));
        var orders = await Task.WhenAll(customers.Select(c => PaymentRaceTests.CheckOutAsync(c.Client, productId, qty: 1)));

        var paid = await Task.WhenAll(customers.Zip(orders, (c, orderId) => c.Client.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" })));

        Assert.All(paid, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var numbers = new List<long>();
        foreach (var (customer, orderId) in customers.Zip(orders))
        {
            numbers.Add(InvoicePdf.Sequence((string)(await InvoicePdf.LinkAsync(customer.Client, orderId))["invoiceNumber"]!));
        }
        numbers.Sort();
        output.WriteLine($"{Orders} payments at once: invoice numbers {numbers[0]}..{numbers[^1]}, {numbers.Distinct().Count()} distinct");
        Assert.Equal(Enumerable.Range(0, Orders).Select(i => numbers[0] + i), numbers);
        Assert.Equal(numbers[^1], await LastNumberTakenAsync());
        var (number, words) = await InvoicePdf.ReadAsync(customers[^1].Client, orders[^1]);
        Assert.Contains(number, words);
        Assert.Contains(orders[^1], words);
    }

    [Fact]
    public async Task Only_the_owner_and_staff_get_the_invoice_and_none_exists_before_payment()
    {
        var admin = await shop.AdminClientAsync();
        var (owner, _, _) = await shop.NewCustomerAsync();
        var (other, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaymentRaceTests.CheckOutAsync(owner, await admin.CreateProductAsync(stock: 2), qty: 1);

        await (await owner.GetAsync($"/api/orders/{orderId}/invoice")).ProblemAsync(404, "Invoice not found");
        await owner.PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        var mine = await InvoicePdf.LinkAsync(owner, orderId);
        var staff = await InvoicePdf.LinkAsync(admin, orderId);
        Assert.Equal((string?)mine["invoiceNumber"], (string?)staff["invoiceNumber"]);
        Assert.True(DateTimeOffset.Parse((string)mine["expiresAt"]!, CultureInfo.InvariantCulture) <= shop.Clock.GetUtcNow().AddMinutes(5));
        await (await other.GetAsync($"/api/orders/{orderId}/invoice")).ProblemAsync(404, "Invoice not found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await shop.Client.GetAsync($"/api/orders/{orderId}/invoice")).StatusCode);
        Assert.NotNull((await (await owner.GetAsync("/api/orders/not-an-order/invoice")).ProblemAsync(400))["errors"]?["orderId"]);
    }

    [Fact]
    public async Task A_failed_upload_never_blocks_the_payment_is_listed_for_staff_and_the_sweep_stores_the_same_invoice_later()
    {
        var admin = await shop.AdminClientAsync();
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, await admin.CreateProductAsync(price: 9.99m, stock: 2), qty: 1);
        await using var withoutS3 = FaultyShop.Start(shop, LocalAwsOptions.S3UrlSetting);
        withoutS3.Proxy.Break(Fault.Refuse);

        var paid = await withoutS3.Client(customer.DefaultRequestHeaders.Authorization!.Parameter).PostJsonAsync("/api/payments", new { orderId, status = "SUCCESS" });

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("CONFIRMED", (string?)(await paid.JsonAsync())["orderUpdate"]!["status"]);
        await (await customer.GetAsync($"/api/orders/{orderId}/invoice")).ProblemAsync(404, "The invoice is not issued yet");
        var failed = (await admin.GetJsonAsync("/api/admin/invoices?status=FAILED&limit=100"))["items"]!.AsArray().Single(i => (string?)i!["orderId"] == orderId)!;
        Assert.Equal(1, (int)failed["attempts"]!);
        Assert.StartsWith("Could not render or store the invoice", (string?)failed["error"], StringComparison.Ordinal);
        var number = (string)failed["invoiceNumber"]!;

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/orders/expire-reservations", null)).StatusCode);

        var (stored, words) = await InvoicePdf.ReadAsync(customer, orderId);
        Assert.Equal(number, stored);
        Assert.Contains("9.99", words);
        var issued = await admin.GetJsonAsync("/api/admin/invoices?status=ISSUED&limit=100");
        Assert.Contains(issued["items"]!.AsArray(), i => (string?)i!["orderId"] == orderId && (int)i["attempts"]! == 2 && i["error"] is null);
    }

    [Fact]
    public async Task Cash_on_delivery_is_invoiced_when_the_order_is_delivered()
    {
        var admin = shop.CodHost.CreateClientAs(await shop.AdminClientAsync());
        var customer = shop.CodHost.CreateClientAs((await shop.NewCustomerAsync()).Client);
        var orderId = await PaymentRaceTests.CheckOutAsync(customer, await admin.CreateProductAsync(price: 4.50m, stock: 3), qty: 2);

        Assert.Equal(HttpStatusCode.OK, (await customer.PostJsonAsync("/api/payments", new { orderId })).StatusCode);
        await (await customer.GetAsync($"/api/orders/{orderId}/invoice")).ProblemAsync(404, "Invoice not found");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync($"/api/orders/{orderId}/ship", new { trackingNumber = "TRK-INV" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/orders/{orderId}/deliver", null)).StatusCode);

        var (number, words) = await InvoicePdf.ReadAsync(customer, orderId);
        Assert.Contains(number, words);
        Assert.Contains("9.00", words);
    }

    [Theory]
    [InlineData("status=LOST", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("nextToken=forged", "nextToken")]
    public async Task A_bad_invoice_listing_query_is_400_naming_the_parameter(string query, string field)
    {
        var response = await (await shop.AdminClientAsync()).GetAsync($"/api/admin/invoices?{query}");

        Assert.NotNull((await response.ProblemAsync(400))["errors"]?[field]);
    }

    private async Task<long> LastNumberTakenAsync()
    {
        var table = shop.Services.GetServices<TableDefinition>().Single(t => t.TableName.Contains("invoices", StringComparison.Ordinal)).TableName;
        var counter = await shop.Services.GetRequiredService<IAmazonDynamoDB>().GetItemAsync(table, new() { ["invoiceKey"] = new() { S = "SEQUENCE#INVOICE" } });
        return long.Parse(counter.Item["lastNumber"].N, CultureInfo.InvariantCulture);
    }

    private static string Money(decimal amount) => amount.ToString("F2", CultureInfo.InvariantCulture);
}
