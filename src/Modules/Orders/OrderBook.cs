using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>The Orders contract over the module's own table.</summary>
internal sealed class OrderBook(OrdersTable table, OrderMoves moves, OrdersOptions options) : IOrders
{
    public async Task<OrderSummary?> FindOrderAsync(string orderId, CancellationToken cancellationToken) =>
        (await table.FindAsync(orderId, cancellationToken))?.ToSummary();

    public void StartPayment(WriteTransaction transaction, OrderSummary order, string paymentId) =>
        moves.Add(transaction, Order.From(order), OrderTransitions.StartPayment, new OrderChange(PaymentId: paymentId));

    public void StartCashOnDeliveryPayment(WriteTransaction transaction, OrderSummary order, string paymentId)
    {
        moves.Add(transaction, Order.From(order), OrderTransitions.StartPayment, new OrderChange(PaymentId: paymentId, CashDue: true));
        table.TakeUncollectedCashSlot(transaction, order.UserId, options.MaxUncollectedCashOrders);
    }

    public void ConfirmPayment(WriteTransaction transaction, OrderSummary order, string paymentId) =>
        moves.Add(transaction, Order.From(order), OrderTransitions.ConfirmPayment, new OrderChange(PaymentId: paymentId));

    public void CancelForFailedPayment(WriteTransaction transaction, OrderSummary order, string paymentId) =>
        moves.Add(transaction, Order.From(order), OrderTransitions.FailPayment,
            new OrderChange(PaymentId: paymentId, CancelReason: CancelReasons.PaymentFailed));
}
