using CloudRetail.BuildingBlocks.Hosting;
using CloudRetail.Invoices.Domain;
using CloudRetail.Invoices.Persistence;

namespace CloudRetail.Invoices.Issuing;

/// <summary>The sweep's step for invoices: issues again every FAILED invoice, and every DUE one whose
/// own request should have issued it by now (it crashed, or timed out, between the payment and the
/// invoice); then the same for credit notes. At most <see cref="MaxPerRun"/> of each a run, so one run
/// stays well inside the function's time.</summary>
internal sealed class InvoiceCatchUp(InvoicesTable table, IInvoices invoices, TimeProvider clock) : ISweepStep
{
    public const int MaxPerRun = 50;

    public string Name => "Invoices";

    public async Task<SweepStepReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int done = 0, left = 0;
        var waiting = table.RecordedBeforeAsync(InvoiceStatus.Failed, now.AddSeconds(1), cancellationToken)
            .Concat(table.RecordedBeforeAsync(InvoiceStatus.Due, now - InvoicesOptions.DueGrace, cancellationToken));
        await foreach (var invoice in waiting.Take(MaxPerRun).WithCancellation(cancellationToken))
        {
            if ((await invoices.IssueAsync(invoice.OrderId, cancellationToken)).Issued)
            {
                done++;
            }
            else
            {
                left++;
            }
        }
        var notesWaiting = table.CreditNotesRecordedBeforeAsync(InvoiceStatus.Failed, now.AddSeconds(1), cancellationToken)
            .Concat(table.CreditNotesRecordedBeforeAsync(InvoiceStatus.Due, now - InvoicesOptions.DueGrace, cancellationToken));
        await foreach (var note in notesWaiting.Take(MaxPerRun).WithCancellation(cancellationToken))
        {
            if ((await invoices.IssueCreditNoteAsync(note.RefundId, cancellationToken)).Issued)
            {
                done++;
            }
            else
            {
                left++;
            }
        }
        return new SweepStepReport(done, left);
    }
}
