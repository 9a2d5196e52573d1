using System.Globalization;
using CloudRetail.Invoices.Domain;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CloudRetail.Invoices.Pdf;

/// <summary>
/// An invoice as an A4 PDF: the seller, the invoice's number and date, the order, who is billed and
/// where the goods go, every line (quantity, unit price, tax rate, amount), then subtotal, discount,
/// shipping, tax by rate and the total, all in the order's currency. It prints the draft's figures
/// as they are and adds nothing up itself. Lines run onto further pages, each with the table's heading.
/// A refund's credit note is drawn by the same hand (<c>CreditNoteDocument.cs</c>).
/// </summary>
internal static partial class InvoiceDocument
{
    private const double Left = 50, Right = 545, Top = 50, Bottom = 792, LineHeight = 14;
    private const double QuantityRight = 330, UnitPriceRight = 410, TaxRateRight = 470, DescriptionWidth = 230;

    private static XFont Body => Fonts.Body;
    private static XFont Strong => Fonts.Strong;

    public static byte[] Render(Invoice invoice, Seller seller)
    {
        var number = invoice.Number ?? throw new InvalidOperationException($"The invoice of {invoice.OrderId} has no number yet");
        var issuedAt = invoice.IssuedAt ?? throw new InvalidOperationException($"The invoice of {invoice.OrderId} has no date yet");
        var draft = invoice.Draft;
        using var document = new PdfDocument();
        document.Info.Title = $"Invoice {number}";
        document.Info.Author = seller.LegalName;
        document.Info.CreationDate = issuedAt.UtcDateTime;
        var page = new Pen(document);

        page.Text(Left, seller.LegalName, Fonts.Heading);
        page.Text(Right, "INVOICE", Fonts.Title, alignRight: true);
        page.Down(20);
        foreach (var line in seller.AddressLines)
        {
            page.Line(line);
        }
        page.Down(LineHeight);
        page.Pair("Invoice number", number);
        page.Pair("Invoice date", issuedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.Pair("Order", draft.OrderId);
        page.Pair("Order date", draft.OrderedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.Down(LineHeight);
        page.Parties(draft.BillTo, draft.ShipTo);
        page.Down(LineHeight);

        page.TableHeading(draft.Currency);
        foreach (var line in draft.Lines)
        {
            page.EnsureRoom(LineHeight, draft.Currency);
            page.Text(Left, Fit(page, line.Description, DescriptionWidth), Body);
            page.Text(QuantityRight, line.Quantity.ToString(CultureInfo.InvariantCulture), Body, alignRight: true);
            page.Text(UnitPriceRight, Amount(line.UnitPrice), Body, alignRight: true);
            page.Text(TaxRateRight, Percent(line.TaxRate), Body, alignRight: true);
            page.Text(Right, Amount(line.Amount), Body, alignRight: true);
            page.Down(LineHeight);
        }

        page.EnsureRoom(LineHeight * (5 + draft.Taxes.Count), draft.Currency);
        page.Rule();
        page.Total("Subtotal", draft.Subtotal, draft.Currency);
        page.Total("Discount", draft.Discount == 0m ? 0m : -draft.Discount, draft.Currency);
        page.Total("Shipping", draft.Shipping, draft.Currency);
        foreach (var tax in draft.Taxes)
        {
            page.Total($"{tax.Name} {Percent(tax.Rate)}{(draft.TaxIncluded ? " (included)" : "")}", tax.Amount, draft.Currency);
        }
        if (draft.Taxes.Count == 0)
        {
            page.Total("Tax", 0m, draft.Currency);
        }
        page.Total("Total", draft.Total, draft.Currency, Strong);
        page.Dispose();

        using var bytes = new MemoryStream();
        document.Save(bytes, closeStream: false);
        return bytes.ToArray();
    }

    /// <summary>Two decimals whatever the server's culture, as the shop's e-mails print amounts.</summary>
    public static string Amount(decimal amount) => amount.ToString("F2", CultureInfo.InvariantCulture);

    /// <summary>A rate as a percentage: 0.09 is "9%", 0.075 is "7.5%".</summary>
    public static string Percent(decimal rate) => (rate * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Fit(Pen page, string text, double width)
    {
        if (page.Width(text, Body) <= width)
        {
            return text;
        }
        var cut = text.Length;
        while (cut > 1 && page.Width(text[..cut] + "…", Body) > width)
        {
            cut--;
        }
        return text[..cut].TrimEnd() + "…";
    }

    /// <summary>Made once the resolver is in place: a font is looked up when it is created.</summary>
    private static class Fonts
    {
        public static readonly XFont Body, Strong, Heading, Title;

        static Fonts()
        {
            InvoiceFonts.Install();
            Body = new(InvoiceFonts.Family, 9, XFontStyleEx.Regular);
            Strong = new(InvoiceFonts.Family, 9, XFontStyleEx.Bold);
            Heading = new(InvoiceFonts.Family, 14, XFontStyleEx.Bold);
            Title = new(InvoiceFonts.Family, 20, XFontStyleEx.Bold);
        }
    }

    /// <summary>Where the next line goes, turning the page when the room runs out.</summary>
    /// <param name="creditNote">Draws the credit note's table (description, quantity, amount) instead of the invoice's.</param>
    private sealed class Pen(PdfDocument document, bool creditNote = false) : IDisposable
    {
        private XGraphics _graphics = NewPage(document);
        private double _y = Top;

        /// <summary>Left-aligned text starts at <paramref name="x"/>; right-aligned text ends there.</summary>
        public void Text(double x, string text, XFont font, bool alignRight = false) =>
            _graphics.DrawString(text, font, XBrushes.Black, new XRect(alignRight ? x - 400 : x, _y, 400, LineHeight),
                alignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);

        public void Line(string text, XFont? font = null)
        {
            Text(Left, text, font ?? Body);
            Down(LineHeight);
        }

        public void Pair(string label, string value)
        {
            Text(Left, label, Strong);
            Text(Left + 90, value, Body);
            Down(LineHeight);
        }

        public void Parties(InvoiceParty billTo, InvoiceParty? shipTo)
        {
            var start = _y;
            Text(Left, "Bill to", Strong);
            Text(310, "Ship to", Strong);
            Down(LineHeight);
            var billed = Column(Left, [billTo.Name, .. billTo.AddressLines]);
            var shipped = Column(310, shipTo is null ? ["No delivery address"] : [shipTo.Name, .. shipTo.AddressLines]);
            _y = start + LineHeight * (1 + Math.Max(billed, shipped));
        }

        /// <summary>One party alone, under its own heading.</summary>
        public void Party(string heading, InvoiceParty party)
        {
            Text(Left, heading, Strong);
            Down(LineHeight);
            _y += LineHeight * Column(Left, [party.Name, .. party.AddressLines]);
        }

        public void TableHeading(string currency)
        {
            if (creditNote)
            {
                Text(Left, "Refunded", Strong);
                Text(QuantityRight, "Qty", Strong, alignRight: true);
                Text(Right, $"Amount ({currency})", Strong, alignRight: true);
                Down(LineHeight);
                Rule();
                return;
            }
            Text(Left, "Description", Strong);
            Text(QuantityRight, "Qty", Strong, alignRight: true);
            Text(UnitPriceRight, "Unit price", Strong, alignRight: true);
            Text(TaxRateRight, "Tax rate", Strong, alignRight: true);
            Text(Right, $"Amount ({currency})", Strong, alignRight: true);
            Down(LineHeight);
            Rule();
        }

        public void Total(string label, decimal amount, string currency, XFont? font = null)
        {
            Text(TaxRateRight, label, font ?? Body, alignRight: true);
            Text(Right, $"{Amount(amount)} {currency}", font ?? Body, alignRight: true);
            Down(LineHeight);
        }

        public void Rule()
        {
            _graphics.DrawLine(XPens.Gray, Left, _y, Right, _y);
            Down(4);
        }

        public void Down(double points) => _y += points;

        public double Width(string text, XFont font) => _graphics.MeasureString(text, font).Width;

        public void EnsureRoom(double height, string currency)
        {
            if (_y + height <= Bottom)
            {
                return;
            }
            _graphics.Dispose();
            _graphics = NewPage(document);
            _y = Top;
            TableHeading(currency);
        }

        public void Dispose() => _graphics.Dispose();

        private int Column(double x, IReadOnlyList<string> lines)
        {
            var y = _y;
            foreach (var line in lines)
            {
                _graphics.DrawString(line, Body, XBrushes.Black, new XRect(x, y, 235, LineHeight), XStringFormats.TopLeft);
                y += LineHeight;
            }
            return lines.Count;
        }

        private static XGraphics NewPage(PdfDocument document)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            return XGraphics.FromPdfPage(page);
        }
    }
}
