using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Pdf;
using CloudRetail.Invoices.Persistence;
using Microsoft.Extensions.Logging;

namespace CloudRetail.Invoices.Issuing;

/// <summary>Issues refunds' credit notes as <see cref="InvoiceIssuer"/> issues invoices: the next number of
/// their own gapless sequence (taken with the order's invoice number, when it has one, to print as the
/// invoice it corrects), the PDF, its upload, each step recorded, a failure recorded rather than thrown.</summary>
internal sealed class CreditNoteIssuer(
    InvoicesTable table, InvoiceFiles files, Transactions transactions, InvoicesOptions options, TimeProvider clock, ILogger<CreditNoteIssuer> logger)
{
    public void RecordDue(WriteTransaction transaction, CreditNoteDraft draft) => table.RecordCreditNoteDue(transaction, CreditNote.Due(draft, clock.GetUtcNow()));

    public async Task<CreditNoteReceipt> IssueAsync(string refundId, CancellationToken cancellationToken)
    {
        CreditNote? note = null;
        try
        {
            note = await NumberAsync(refundId, cancellationToken);
            if (note is null)
            {
                return new CreditNoteReceipt(refundId, false, null, "No credit note is due for this refund");
            }
            if (note.Status == InvoiceStatus.Issued)
            {
                return new CreditNoteReceipt(refundId, true, note.Number, null);
            }
            var pdf = InvoiceDocument.RenderCreditNote(note, options.Seller);
            await files.StoreAsync(note.ObjectKey!, pdf, cancellationToken);
            await table.MarkCreditNoteIssuedAsync(refundId, clock.GetUtcNow(), CancellationToken.None);
            return new CreditNoteReceipt(refundId, true, note.Number, null);
        }
#pragma warning disable CA1031 // A refund must never fail because of its credit note: every failure is recorded for the sweep.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = $"{(note?.Sequence is null ? "Could not number the credit note" : "Could not render or store the credit note")}: {e.GetType().Name}: {e.Message}";
            logger.LogWarning(e, "Credit note of refund {RefundId} ({Number}) not issued; the sweep tries again", refundId, note?.Number ?? "no number yet");
            await RecordFailureAsync(refundId, error);
            return new CreditNoteReceipt(refundId, false, note?.Number, error);
        }
    }

    /// <summary>The note with its number: taken now, or earlier by this or another worker. Null when none is due.</summary>
    private Task<CreditNote?> NumberAsync(string refundId, CancellationToken cancellationToken) =>
        GaplessNumbering.TakeAsync<CreditNote>("credit note", async ct =>
        {
            var batch = transactions.BeginRead();
            var found = table.FindCreditNote(batch, refundId);
            var last = table.LastCreditNoteNumber(batch);
            await batch.ReadAsync(ct);
            if (found.Value is not { } note || note.Sequence is not null)
            {
                return GaplessNumbering.Settled(found.Value);
            }
            var invoiceNumber = (await table.FindAsync(note.Draft.OrderId, ct))?.Number;
            var now = clock.GetUtcNow();
            var numbering = transactions.BeginWrite();
            table.TakeCreditNoteNumber(numbering, refundId, last.Value, invoiceNumber, now);
            return await GaplessNumbering.CommitAsync(numbering, ct)
                ? GaplessNumbering.Settled(note with { Sequence = last.Value + 1, IssuedAt = now, InvoiceNumber = invoiceNumber })
                : GaplessNumbering.Refused<CreditNote>();
        }, cancellationToken);

    private async Task RecordFailureAsync(string refundId, string error)
    {
        try
        {
            await table.MarkCreditNoteFailedAsync(refundId, error, clock.GetUtcNow(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Left DUE, the sweep still finds it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Could not record the failed credit note of refund {RefundId}", refundId);
        }
    }
}
