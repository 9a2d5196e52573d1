using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using CloudRetail.Api.Tests.Invariants;
using CloudRetail.Api.Tests.Payments;
using UglyToad.PdfPig;

namespace CloudRetail.Api.Tests.Invoices;

[Collection(ShopApiCollection.Name)]
public sealed class CreditNoteTests(ShopApi shop)
{
    private static readonly HttpClient Download = new();

    [Fact]
    public async Task A_refund_issues_a_credit_note_that_names_the_invoice_the_lines_the_reason_and_the_amount()
    {
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 12.50m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var (stranger, _, _) = await shop.NewCustomerAsync();
        var orderId = await RefundTests.PaidOrderAsync(customer, (productId, 2));
        var invoiceNumber = (string)(await InvoicePdf.LinkAsync(customer, orderId))["invoiceNumber"]!;

        var refund = await admin.PostJsonAsync($"/api/orders/{orderId}/refunds", new { reason = "scratched", lines = new[] { new { productId, qty = 1 } } });

        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        var note = Assert.Single((await customer.GetJsonAsync($"/api/orders/{orderId}/credit-notes"))["creditNotes"]!.AsArray())!;
        Assert.Equal(("ISSUED", invoiceNumber, 12.50m), ((string?)note["status"], (string?)note["invoiceNumber"], (decimal)note["total"]!));
        var words = await WordsAsync(note);
        Assert.Contains("CREDIT", words);
        Assert.Contains((string)note["creditNoteNumber"]!, words);
        Assert.Contains(invoiceNumber, words);
        Assert.Contains("scratched", words);
        Assert.Equal(2, words.Count(w => w == "12.50"));
        Assert.Equal((string?)note["creditNoteNumber"], (string?)(await admin.GetJsonAsync($"/api/orders/{orderId}/credit-notes"))["creditNotes"]![0]!["creditNoteNumber"]);
        await (await stranger.GetAsync($"/api/orders/{orderId}/credit-notes")).ProblemAsync(404);
        await (await customer.GetAsync("/api/orders/not-an-order/credit-notes")).ProblemAsync(400);
    }

    [Fact]
    public async Task Ten_parallel_refunds_get_ten_consecutive_credit_note_numbers()
    {
        const int Refunds = 10;
        var admin = await shop.AdminClientAsync();
        var productId = await admin.CreateProductAsync(price: 10.00m, stock: 5);
        var (customer, _, _) = await shop.NewCustomerAsync();
        var orderId = await RefundTests.PaidOrderAsync(customer, (productId, 1));

        var answers = await Task.WhenAll(Enumerable.Range(0, Refunds).Select(i => admin.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{orderId}/refunds")
        {
            Content = JsonContent.Create(new { reason = $"part {i}", amount = 1.00m }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        })));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var notes = (await customer.GetJsonAsync($"/api/orders/{orderId}/credit-notes"))["creditNotes"]!.AsArray();
        Assert.Equal(Refunds, notes.Count(n => (string?)n!["status"] == "ISSUED"));
        var numbers = notes.Select(n => long.Parse(((string)n!["creditNoteNumber"]!)["CN-".Length..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, Refunds).Select(i => numbers[0] + i), numbers);
        Assert.Empty(await ShopInvariants.FindViolationsAsync(shop.Services, [productId], [orderId]));
    }

    private static async Task<IReadOnlyList<string>> WordsAsync(JsonNode note)
    {
        using var pdf = await Download.GetAsync((string)note["url"]!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        return document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text).ToList();
    }
}
