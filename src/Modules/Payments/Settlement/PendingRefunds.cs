using CloudRetail.Analytics;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Persistence;

namespace CloudRetail.Payments.Settlement;

/// <summary>The dashboard's count of refunds recorded and not yet settled by their provider.</summary>
internal sealed class PendingRefunds(RefundsTable refunds) : IWorkQueue
{
    public async Task<WorkCount> CountAsync(CancellationToken cancellationToken) =>
        WorkQueue.Of(WorkQueue.PendingRefunds, "Refunds not settled",
            await refunds.CountInStatusAsync(RefundStatus.Pending, WorkQueue.CountCap, cancellationToken), null);
}
