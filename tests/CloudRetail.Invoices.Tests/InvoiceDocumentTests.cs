using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Pdf;
using UglyToad.PdfPig;

namespace CloudRetail.Invoices.Tests;

/// <summary>The PDF read back as a reader would: every figure of the draft is on it, as printed.</summary>
public sealed class InvoiceDocumentTests
{
    private static readonly Seller Seller = new("Example Trading Pte. Ltd.", ["10 Anson Road", "#12-01", "Singapore 079903"]);
    private static readonly DateTimeOffset Issued = new(2026, 12, 2, 10, 30, 0, TimeSpan.Zero);

    private static InvoiceDraft Draft(IReadOnlyList<InvoiceLine>? lines = null) => new(
        "O-3f0c6d52-6f7e-4c1b-9a57-0c3e4b1b2a10", "user-1", new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), "SGD",
        new InvoiceParty("ann@example.com", ["Ann Lee", "5 Orchard Road"]),
        new InvoiceParty("Ann Lee", ["5 Orchard Road", "Singapore 238823", "SG"]),
        lines ?? [new InvoiceLine("Wireless Mouse", 2, 12.50m, 0.09m, 25.00m), new InvoiceLine("USB-C Cable", 3, 7.25m, 0.09m, 21.75m)],
        Subtotal: 46.75m, Discount: 4.68m, Shipping: 5.00m, Taxes: [new InvoiceTax("GST", 0.09m, 4.21m)], TaxIncluded: false, Total: 51.28m);

    private static Invoice Numbered(InvoiceDraft draft) => Invoice.Due(draft, Issued) with { Sequence = 42, IssuedAt = Issued };

    [Fact]
    public void The_pdf_shows_the_seller_the_number_and_date_the_order_both_parties_every_line_and_every_total()
    {
        var words = Words(InvoiceDocument.Render(Numbered(Draft()), Seller));

        Assert.All(new[]
        {
            "Example", "Trading", "Pte.", "Ltd.", "Anson", "#12-01", "079903",
            "INV-000042", "2026-12-02", "O-3f0c6d52-6f7e-4c1b-9a57-0c3e4b1b2a10", "2026-12-01",
            "ann@example.com", "Orchard", "238823", "SG",
            "Wireless", "Mouse", "12.50", "25.00", "USB-C", "Cable", "7.25", "21.75", "9%",
            "Subtotal", "46.75", "Discount", "-4.68", "Shipping", "5.00", "GST", "4.21", "Total", "51.28", "SGD",
        }, word => Assert.Contains(word, words));
        // Each line's rate, and the tax of that rate.
        Assert.Equal(3, words.Count(w => w == "9%"));
    }

    [Fact]
    public void Without_a_delivery_address_the_pdf_says_so_and_tax_is_zero()
    {
        var draft = Draft() with { ShipTo = null, Taxes = [], Discount = 0m, Shipping = 0m, Total = 46.75m };

        var text = string.Join(' ', Words(InvoiceDocument.Render(Numbered(draft), Seller)));

        Assert.Contains("No delivery address", text, StringComparison.Ordinal);
        Assert.Contains("Tax 0.00 SGD", text, StringComparison.Ordinal);
        Assert.Contains("Discount 0.00 SGD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_that_do_not_fit_one_page_run_onto_the_next_and_none_is_lost()
    {
        var lines = Enumerable.Range(1, 90).Select(i => new InvoiceLine($"Item{i:D3}", i, 1.00m, 0m, i)).ToList();

        var pdf = InvoiceDocument.Render(Numbered(Draft(lines)), Seller);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"{document.NumberOfPages} page(s)");
        var words = Words(pdf);
        Assert.All(Enumerable.Range(1, 90), i => Assert.Contains($"Item{i:D3}", words));
        Assert.Equal(document.NumberOfPages, words.Count(w => w == "Description"));
    }

    [Fact]
    public void A_description_too_long_for_its_column_is_cut_short_not_run_into_the_figures()
    {
        var name = string.Concat(Enumerable.Repeat("Extraordinarily ", 12)) + "Long";

        var words = Words(InvoiceDocument.Render(Numbered(Draft([new InvoiceLine(name, 1, 3.00m, 0m, 3.00m)])), Seller));

        Assert.DoesNotContain("Long", words);
        Assert.Contains(words, w => w.EndsWith('…'));
        Assert.Contains("3.00", words);
    }

    [Fact]
    public void An_invoice_without_a_number_is_not_rendered()
    {
        Assert.Throws<InvalidOperationException>(() => InvoiceDocument.Render(Invoice.Due(Draft(), Issued), Seller));
    }

    [Theory]
    [InlineData("0.09", "9%")]
    [InlineData("0.075", "7.5%")]
    [InlineData("0", "0%")]
    [InlineData("0.2", "20%")]
    public void A_rate_prints_as_a_percentage(string rate, string printed)
    {
        Assert.Equal(printed, InvoiceDocument.Percent(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_seller_address_is_configured_as_lines_separated_by_semicolons()
    {
        Assert.Equal(["1 Test Street", "#02-03", "Singapore 049321"], InvoicesOptions.AddressLines(" 1 Test Street; #02-03 ;Singapore 049321;"));
        Assert.Empty(InvoicesOptions.AddressLines(null));
    }

    /// <summary>The words on the pages; a word drawn outside its page (which a reader never sees,
    /// though the text is in the file) fails the test.</summary>
    private static List<string> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = new List<string>();
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var box = word.BoundingBox;
                Assert.True(box.Left >= 0 && box.Right <= page.Width && box.Bottom >= 0 && box.Top <= page.Height,
                    $"'{word.Text}' lies outside page {page.Number} ({box})");
                words.Add(word.Text);
            }
        }
        return words;
    }
}
