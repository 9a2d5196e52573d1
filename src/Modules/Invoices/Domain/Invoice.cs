using System.Globalization;
using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Invoices.Domain;

/// <summary>DUE: recorded with the payment, not tried yet. FAILED: a try failed (it may hold its number
/// already); the sweep tries again. ISSUED: numbered, and the PDF is stored.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<InvoiceStatus>))]
internal enum InvoiceStatus
{
    Due,
    Failed,
    Issued,
}

/// <summary>An order's invoice: what it shows (the draft), its number once taken, and how issuing went.</summary>
internal sealed record Invoice(
    InvoiceDraft Draft,
    InvoiceStatus Status,
    long? Sequence,
    DateTimeOffset? IssuedAt,
    int Attempts,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null)
{
    public string OrderId => Draft.OrderId;

    public string? Number => Sequence is { } sequence ? InvoiceNumbers.Format(sequence) : null;

    /// <summary>The PDF's key in the invoices bucket: the invoice number.</summary>
    public string? ObjectKey => Number is { } number ? $"{number}.pdf" : null;

    public static Invoice Due(InvoiceDraft draft, DateTimeOffset now) => new(draft, InvoiceStatus.Due, null, null, 0, null, now);
}

/// <summary>The shop's invoice numbers: one running sequence, printed as INV-000042.</summary>
internal static class InvoiceNumbers
{
    public const string Prefix = "INV-";

    public static string Format(long sequence) => Prefix + sequence.ToString("D6", CultureInfo.InvariantCulture);
}

/// <summary>The seller an invoice names: the shop's legal name and address, from configuration.</summary>
internal sealed record Seller(string LegalName, IReadOnlyList<string> AddressLines);

/// <summary>A refund's credit note: what it shows (the draft), its number once taken, the invoice it
/// corrects when the order has a numbered one, and how issuing went (the same statuses as an invoice).</summary>
internal sealed record CreditNote(
    CreditNoteDraft Draft,
    InvoiceStatus Status,
    long? Sequence,
    DateTimeOffset? IssuedAt,
    int Attempts,
    string? Error,
    DateTimeOffset CreatedAt,
    string? InvoiceNumber = null)
{
    public string RefundId => Draft.RefundId;

    public string? Number => Sequence is { } sequence ? CreditNoteNumbers.Format(sequence) : null;

    /// <summary>The PDF's key in the invoices bucket: the credit note's number.</summary>
    public string? ObjectKey => Number is { } number ? $"{number}.pdf" : null;

    public static CreditNote Due(CreditNoteDraft draft, DateTimeOffset now) => new(draft, InvoiceStatus.Due, null, null, 0, null, now);
}

/// <summary>The shop's credit note numbers: a running sequence of their own, printed as CN-000042.</summary>
internal static class CreditNoteNumbers
{
    public const string Prefix = "CN-";

    public static string Format(long sequence) => Prefix + sequence.ToString("D6", CultureInfo.InvariantCulture);
}
