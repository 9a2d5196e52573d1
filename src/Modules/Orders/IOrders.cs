using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders;

/// <summary>What Payments may ask of Orders. Orders owns the reservation an order holds, so settling
/// a payment also settles the stock, inside the caller's transaction.</summary>
public interface IOrders
{
    Task<OrderSummary?> FindOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>PENDING → CONFIRMED, and the reserved units become a sale. Cancels the transaction if
    /// the order is no longer pending (paid twice, expired meanwhile).</summary>
    void ConfirmPayment(WriteTransaction transaction, OrderSummary order, string paymentId);

    /// <summary>PENDING → CANCELLED (payment failed), and the reserved units go back on sale.</summary>
    void CancelForFailedPayment(WriteTransaction transaction, OrderSummary order, string paymentId);
}

public sealed record OrderSummary(
    string OrderId,
    string UserId,
    string UserEmail,
    string Status,
    IReadOnlyList<OrderLine> Lines,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt)
{
    public const string NotPendingCheck = "order-not-pending";
}

public sealed record OrderLine(string ProductId, string Name, int Qty, decimal Price)
{
    public decimal LineTotal => Qty * Price;

    /// <summary>What this line holds in the warehouse.</summary>
    public Inventory.StockLine Stock() => new(ProductId, Qty);
}
