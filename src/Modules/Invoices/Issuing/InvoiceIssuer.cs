using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Pdf;
using CloudRetail.Invoices.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Invoices.Issuing;

/// <summary>The Invoices contract: records the invoice as due in the payment's transaction, then
/// issues it: the next number, the PDF, its upload, each step recorded, a failure recorded rather than thrown.</summary>
internal sealed class InvoiceIssuer(
    InvoicesTable table, InvoiceFiles files, Transactions transactions, InvoicesOptions options, CreditNoteIssuer creditNotes, TimeProvider clock,
    ILogger<InvoiceIssuer> logger)
    : IInvoices
{
    public void RecordDue(WriteTransaction transaction, InvoiceDraft draft) => table.RecordDue(transaction, Invoice.Due(draft, clock.GetUtcNow()));

    public void RecordCreditNoteDue(WriteTransaction transaction, CreditNoteDraft draft) => creditNotes.RecordDue(transaction, draft);

    public Task<CreditNoteReceipt> IssueCreditNoteAsync(string refundId, CancellationToken cancellationToken) => creditNotes.IssueAsync(refundId, cancellationToken);

    public async Task<InvoiceReceipt> IssueAsync(string orderId, CancellationToken cancellationToken)
    {
        Invoice? invoice = null;
        try
        {
            invoice = await NumberAsync(orderId, cancellationToken);
            if (invoice is null)
            {
                return new InvoiceReceipt(orderId, false, null, "No invoice is due for this order");
            }
            if (invoice.Status == InvoiceStatus.Issued)
            {
                return new InvoiceReceipt(orderId, true, invoice.Number, null);
            }
            var pdf = InvoiceDocument.Render(invoice, options.Seller);
            await files.StoreAsync(invoice.ObjectKey!, pdf, cancellationToken);
            await table.MarkIssuedAsync(orderId, clock.GetUtcNow(), CancellationToken.None);
            ShopMetrics.InvoiceIssued(true);
            return new InvoiceReceipt(orderId, true, invoice.Number, null);
        }
#pragma warning disable CA1031 // A payment must never fail because of its invoice: every failure is recorded for the sweep.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = $"{(invoice?.Sequence is null ? "Could not number the invoice" : "Could not render or store the invoice")}: {e.GetType().Name}: {e.Message}";
            logger.LogWarning(e, "Invoice of order {OrderId} ({Number}) not issued; the sweep tries again", orderId, invoice?.Number ?? "no number yet");
            await RecordFailureAsync(orderId, error);
            ShopMetrics.InvoiceIssued(false);
            return new InvoiceReceipt(orderId, false, invoice?.Number, error);
        }
    }

    /// <summary>The invoice with its number: taken now, or earlier by this or another worker. Null when
    /// no invoice is due for the order.</summary>
    private Task<Invoice?> NumberAsync(string orderId, CancellationToken cancellationToken) =>
        GaplessNumbering.TakeAsync<Invoice>("invoice", async ct =>
        {
            var batch = transactions.BeginRead();
            var found = table.Find(batch, orderId);
            var last = table.LastNumber(batch);
            await batch.ReadAsync(ct);
            if (found.Value is not { } invoice || invoice.Sequence is not null)
            {
                return GaplessNumbering.Settled(found.Value);
            }
            var now = clock.GetUtcNow();
            var numbering = transactions.BeginWrite();
            table.TakeNumber(numbering, orderId, last.Value, now);
            return await GaplessNumbering.CommitAsync(numbering, ct)
                ? GaplessNumbering.Settled(invoice with { Sequence = last.Value + 1, IssuedAt = now })
                : GaplessNumbering.Refused<Invoice>();
        }, cancellationToken);

    private async Task RecordFailureAsync(string orderId, string error)
    {
        try
        {
            await table.MarkFailedAsync(orderId, error, clock.GetUtcNow(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Left DUE, the sweep still finds it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not record the failed invoice of order {OrderId}", orderId);
        }
    }
}
