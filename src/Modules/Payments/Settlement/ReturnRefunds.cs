using CloudRetail.Inventory;
using CloudRetail.Orders;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Settlement;

/// <summary>The refund of a return, through <see cref="RefundDesk"/> under an id derived from the
/// return's, so the receive that asks first and the sweep that asks again make one refund.</summary>
internal sealed class ReturnRefunds(RefundDesk desk) : IReturnRefunds
{
    public async Task<ReturnRefund> RefundReturnAsync(
        OrderSummary order, string returnId, IReadOnlyList<StockLine> lines, string reason, string staffId, CancellationToken cancellationToken)
    {
        var ask = new RefundAsk(null, lines.Select(l => new RefundAskLine(l.ProductId, l.Quantity)).ToList(), reason, staffId);
        var (refund, refusal) = await desk.RefundAsync(order, ask, cancellationToken, RefundIds.ForReturn(returnId));
        if (refund is null)
        {
            return new ReturnRefund(ReturnRefundStatus.Refused, 0m, order.Currency, null, refusal!.Message);
        }
        var status = refund.Status switch
        {
            RefundStatus.Succeeded => ReturnRefundStatus.Succeeded,
            RefundStatus.Failed => ReturnRefundStatus.Failed,
            _ => ReturnRefundStatus.Pending,
        };
        return new ReturnRefund(status, refund.Amount, refund.Currency, refund.RefundId);
    }
}
