using CloudRetail.Analytics;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Persistence;

/// <summary>The dashboard's count of returns a shopper asked for that staff have not yet approved or
/// rejected: the shop's open returns that wait on a person (approved ones wait on the parcel).</summary>
internal sealed class ReturnsToReview(ReturnsTable returns) : IWorkQueue
{
    public async Task<WorkCount> CountAsync(CancellationToken cancellationToken) =>
        WorkQueue.Of(WorkQueue.OpenReturns, "Returns to review",
            await returns.CountInStatusAsync(ReturnStatus.Requested, WorkQueue.CountCap, cancellationToken), "/api/admin/returns?status=REQUESTED");
}
