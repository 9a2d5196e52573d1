using System.Runtime.CompilerServices;
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
        moves.Add(transaction, Order.From(order), OrderTransitions.StartPayment, new OrderChange(PaymentId: paymentId), OrderActor.Shopper(order.UserId));

    public void StartCashOnDeliveryPayment(WriteTransaction transaction, OrderSummary order, string paymentId)
    {
        moves.Add(transaction, Order.From(order), OrderTransitions.StartPayment, new OrderChange(PaymentId: paymentId, CashDue: true), OrderActor.Shopper(order.UserId));
        table.TakeUncollectedCashSlot(transaction, order.UserId, options.MaxUncollectedCashOrders);
    }

    public void ConfirmPayment(WriteTransaction transaction, OrderSummary order, string paymentId, OrderActor actor) =>
        moves.Add(transaction, Order.From(order), OrderTransitions.ConfirmPayment, new OrderChange(PaymentId: paymentId), actor);

    public async Task<ShopperOrderHistory> ShopperHistoryAsync(string userId, int newest, CancellationToken cancellationToken)
    {
        var recent = new List<OrderSummary>();
        var count = 0;
        var spend = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        await foreach (var order in table.AllForUserAsync(userId, cancellationToken))
        {
            var summary = order.ToSummary();
            if (count++ < newest)
            {
                recent.Add(summary);
            }
            if (summary.IsPaid)
            {
                spend[summary.Currency] = spend.GetValueOrDefault(summary.Currency) + summary.TotalAmount;
            }
        }
        return new ShopperOrderHistory(recent, count, spend.Select(s => new AmountPaid(s.Key, s.Value)).ToList());
    }

    public async IAsyncEnumerable<OrderSummary> PlacedBetweenAsync(DateTimeOffset from, DateTimeOffset to, OrderStatus? status,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var inStatus in status is { } one ? new[] { one } : Enum.GetValues<OrderStatus>())
        {
            await foreach (var order in table.PlacedBetweenAsync(inStatus, from, to, cancellationToken))
            {
                yield return order.ToSummary();
            }
        }
    }

    public void CancelForFailedPayment(WriteTransaction transaction, OrderSummary order, string paymentId, OrderActor actor) =>
        moves.Add(transaction, Order.From(order), OrderTransitions.FailPayment,
            new OrderChange(PaymentId: paymentId, CancelReason: CancelReasons.PaymentFailed), actor);
}
