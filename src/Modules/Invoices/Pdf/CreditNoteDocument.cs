using System.Globalization;
using CloudRetail.Invoices.Domain;
using PdfSharp.Pdf;

namespace CloudRetail.Invoices.Pdf;

internal static partial class InvoiceDocument
{
    /// <summary>
    /// A refund's credit note as an A4 PDF, in the invoice's hand: the seller, the note's number and date,
    /// the invoice it corrects (when the order has one) and the order, who is credited, the reason, the
    /// refunded lines with their units and amounts (or one line for a refund by amount), and the total
    /// refunded, tax included. It prints the draft's figures as they are.
    /// </summary>
    public static byte[] RenderCreditNote(CreditNote note, Seller seller)
    {
        var number = note.Number ?? throw new InvalidOperationException($"The credit note of {note.RefundId} has no number yet");
        var issuedAt = note.IssuedAt ?? throw new InvalidOperationException($"The credit note of {note.RefundId} has no date yet");
        var draft = note.Draft;
        using var document = new PdfDocument();
        document.Info.Title = $"Credit note {number}";
        document.Info.Author = seller.LegalName;
        document.Info.CreationDate = issuedAt.UtcDateTime;
        var page = new Pen(document, creditNote: true);

        page.Text(Left, seller.LegalName, Fonts.Heading);
        page.Text(Right, "CREDIT NOTE", Fonts.Title, alignRight: true);
        page.Down(20);
        foreach (var line in seller.AddressLines)
        {
            page.Line(line);
        }
        page.Down(LineHeight);
        page.Pair("Credit note", number);
        page.Pair("Date", issuedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.Pair("For invoice", note.InvoiceNumber ?? "none issued");
        page.Pair("Order", draft.OrderId);
        page.Pair("Order date", draft.OrderedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        page.Pair("Refund", draft.RefundId);
        page.Pair("Reason", Fit(page, draft.Reason, Right - Left - 90));
        page.Down(LineHeight);
        page.Party("Credited to", draft.BillTo);
        page.Down(LineHeight);

        page.TableHeading(draft.Currency);
        if (draft.Lines.Count == 0)
        {
            page.Text(Left, "Amount refunded", Body);
            page.Text(Right, Amount(draft.Total), Body, alignRight: true);
            page.Down(LineHeight);
        }
        foreach (var line in draft.Lines)
        {
            page.EnsureRoom(LineHeight, draft.Currency);
            page.Text(Left, Fit(page, line.Description, DescriptionWidth), Body);
            page.Text(QuantityRight, line.Quantity.ToString(CultureInfo.InvariantCulture), Body, alignRight: true);
            page.Text(Right, Amount(line.Amount), Body, alignRight: true);
            page.Down(LineHeight);
        }
        page.EnsureRoom(LineHeight * 3, draft.Currency);
        page.Rule();
        page.Total("Total refunded (tax included)", draft.Total, draft.Currency, Strong);
        page.Dispose();

        using var bytes = new MemoryStream();
        document.Save(bytes, closeStream: false);
        return bytes.ToArray();
    }
}
