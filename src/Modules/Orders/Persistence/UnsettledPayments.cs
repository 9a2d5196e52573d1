using CloudRetail.Analytics;
using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Persistence;

/// <summary>The dashboard's count of orders whose payment started and is not settled yet (PAYING): the
/// sweep settles those left past their reservation, and a person looks when the count stays up.</summary>
internal sealed class UnsettledPayments(OrdersTable orders) : IWorkQueue
{
    public async Task<WorkCount> CountAsync(CancellationToken cancellationToken) =>
        WorkQueue.Of(WorkQueue.UnsettledPayments, "Payments not settled",
            await orders.CountInStatusAsync(OrderStatus.Paying, WorkQueue.CountCap, cancellationToken), "/api/admin/orders?status=PAYING");
}
