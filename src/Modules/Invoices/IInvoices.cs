using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Invoices;

/// <summary>
/// The shop's invoices, for the module that takes the money. The invoice is recorded as due inside the
/// transaction that records the payment, so a paid order never lacks one; issuing it (the next number of
/// the shop's gapless sequence, the PDF, its upload) follows the commit and never fails the payment:
/// a failure is recorded, listed for staff and retried by the scheduled sweep.
/// </summary>
public interface IInvoices
{
    /// <summary>Adds to the payment's transaction that <paramref name="draft"/>'s order is owed an invoice.
    /// Refused (<see cref="InvoiceAlreadyDue"/>) when the order has one already.</summary>
    void RecordDue(WriteTransaction transaction, InvoiceDraft draft);

    /// <summary>Numbers, renders and stores the order's due invoice; an invoice issued already is
    /// answered as it is. Never throws for a storage, S3 or rendering failure: the receipt says what
    /// went wrong and the sweep tries again.</summary>
    Task<InvoiceReceipt> IssueAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>Adds to the transaction that settles a refund as succeeded that it is owed a credit note.
    /// Refused (<see cref="CreditNoteAlreadyDue"/>) when the refund has one already.</summary>
    void RecordCreditNoteDue(WriteTransaction transaction, CreditNoteDraft draft);

    /// <summary>Numbers (from the credit notes' own gapless sequence), renders and stores the refund's due
    /// credit note; one issued already is answered as it is. Never throws for a storage, S3 or rendering
    /// failure: the receipt says what went wrong and the sweep tries again.</summary>
    Task<CreditNoteReceipt> IssueCreditNoteAsync(string refundId, CancellationToken cancellationToken);
}

/// <summary>
/// What a credit note shows, as the caller maps it from the refund and its order: money given back on
/// the order, by lines (each with the units and what they were worth) or by an amount (no lines), with
/// the reason. Amounts are in <paramref name="Currency"/> as refunded, tax included; the note adds
/// nothing up for itself. The order's invoice number is looked up when the note is issued.
/// </summary>
/// <param name="Total">What was refunded.</param>
public sealed record CreditNoteDraft(
    string RefundId,
    string OrderId,
    string UserId,
    DateTimeOffset OrderedAt,
    DateTimeOffset RefundedAt,
    string Currency,
    InvoiceParty BillTo,
    string Reason,
    IReadOnlyList<CreditNoteLine> Lines,
    decimal Total);

/// <summary>Units of one order line given back and what they were worth, tax included.</summary>
public sealed record CreditNoteLine(string Description, int Quantity, decimal Amount);

/// <summary>How issuing a credit note went, as <see cref="InvoiceReceipt"/> for an invoice.</summary>
public sealed record CreditNoteReceipt(string RefundId, bool Issued, string? CreditNoteNumber, string? Error);

/// <summary>The refund's transaction was refused because its credit note is recorded already.</summary>
public sealed record CreditNoteAlreadyDue(string RefundId) : ConditionFailure;

/// <summary>
/// Everything an invoice shows, as the caller maps it from its order. Amounts are in
/// <paramref name="Currency"/>, already rounded as the order shows them: the invoice adds nothing up
/// for itself, so no cent differs between order, e-mail and invoice.
/// </summary>
/// <param name="Subtotal">The lines' amounts together, before discount and shipping.</param>
/// <param name="Discount">Taken off the goods; 0 when none.</param>
/// <param name="Taxes">Tax by rate; empty when the order carries none.</param>
/// <param name="TaxIncluded">True when line amounts and shipping already include the tax shown.</param>
/// <param name="Total">What the shopper pays.</param>
public sealed record InvoiceDraft(
    string OrderId,
    string UserId,
    DateTimeOffset OrderedAt,
    string Currency,
    InvoiceParty BillTo,
    InvoiceParty? ShipTo,
    IReadOnlyList<InvoiceLine> Lines,
    decimal Subtotal,
    decimal Discount,
    decimal Shipping,
    IReadOnlyList<InvoiceTax> Taxes,
    bool TaxIncluded,
    decimal Total);

/// <summary>Who is billed or where the goods go: a name and the address lines as they are printed.</summary>
public sealed record InvoiceParty(string Name, IReadOnlyList<string> AddressLines);

/// <summary>One line: <paramref name="Amount"/> is what the line costs (quantity × unit price, as the order
/// shows it); <paramref name="TaxRate"/> a fraction (0.09 is 9%).</summary>
public sealed record InvoiceLine(string Description, int Quantity, decimal UnitPrice, decimal TaxRate, decimal Amount);

/// <summary>The tax of one rate over the whole invoice.</summary>
public sealed record InvoiceTax(string Name, decimal Rate, decimal Amount);

/// <summary>How issuing went: the invoice number once it has one (a number taken is never lost or
/// reused, even when the upload then fails), and why it is not stored yet when <paramref name="Issued"/> is false.</summary>
public sealed record InvoiceReceipt(string OrderId, bool Issued, string? InvoiceNumber, string? Error);

/// <summary>The payment's transaction was refused because the order's invoice is recorded already.</summary>
public sealed record InvoiceAlreadyDue(string OrderId) : ConditionFailure;
