using CloudRetail.Analytics;
using CloudRetail.Invoices.Domain;

namespace CloudRetail.Invoices.Persistence;

/// <summary>The dashboard's count of invoices whose numbering, rendering or upload failed (the sweep retries them).</summary>
internal sealed class FailedInvoices(InvoicesTable invoices) : IWorkQueue
{
    public async Task<WorkCount> CountAsync(CancellationToken cancellationToken) =>
        WorkQueue.Of(WorkQueue.FailedInvoices, "Failed invoices",
            await invoices.CountInStatusAsync(InvoiceStatus.Failed, WorkQueue.CountCap, cancellationToken), "/api/admin/invoices?status=FAILED");
}
