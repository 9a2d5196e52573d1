namespace CloudRetail.Orders.Domain;

/// <summary>What a move does to the stock the order holds.</summary>
internal enum StockEffect
{
    None,
    /// <summary>The reservation goes back on sale.</summary>
    Release,
    /// <summary>The reservation leaves the warehouse as a sale.</summary>
    Sell,
    /// <summary>The sale is undone: the units are back on hand for sale.</summary>
    Restock,
}

/// <summary>One allowed move of an order, with what it does to stock.</summary>
internal sealed record OrderTransition(OrderStatus From, OrderStatus To, StockEffect Stock)
{
    public bool AllowedFor(Order order) => order.Status == From;

    /// <summary>The order stops counting against the shopper's unpaid orders.</summary>
    public bool EndsUnpaid => From.IsUnpaid() && !To.IsUnpaid();

    /// <summary>Cash due on the order is collected (delivered) or no longer owed (cancelled).</summary>
    public bool EndsCashDue(Order order) => order.CashDue && To is OrderStatus.Delivered or OrderStatus.Cancelled;
}

/// <summary>Every move an order can make, stated once, each named for why it happens: PAYING →
/// CANCELLED is a failed payment's move, never a shopper's cancel. Anything not listed is refused.</summary>
internal static class OrderTransitions
{
    public static readonly OrderTransition StartPayment = new(OrderStatus.Pending, OrderStatus.Paying, StockEffect.None);
    public static readonly OrderTransition ConfirmPayment = new(OrderStatus.Paying, OrderStatus.Confirmed, StockEffect.Sell);
    public static readonly OrderTransition FailPayment = new(OrderStatus.Paying, OrderStatus.Cancelled, StockEffect.Release);
    public static readonly OrderTransition Cancel = new(OrderStatus.Pending, OrderStatus.Cancelled, StockEffect.Release);
    public static readonly OrderTransition Ship = new(OrderStatus.Confirmed, OrderStatus.Shipped, StockEffect.None);
    public static readonly OrderTransition Deliver = new(OrderStatus.Shipped, OrderStatus.Delivered, StockEffect.None);
    public static readonly OrderTransition CancelByStaff = new(OrderStatus.Confirmed, OrderStatus.Cancelled, StockEffect.Restock);
    public static readonly OrderTransition RefuseDelivery = new(OrderStatus.Shipped, OrderStatus.Cancelled, StockEffect.Restock);

    public static readonly IReadOnlyList<OrderTransition> All = [StartPayment, ConfirmPayment, FailPayment, Cancel, Ship, Deliver, CancelByStaff, RefuseDelivery];

    public static bool IsUnpaid(this OrderStatus status) => status is OrderStatus.Pending or OrderStatus.Paying;
}

internal static class CancelReasons
{
    public const string ByCustomer = "cancelled by customer";
    public const string PaymentFailed = "payment failed";
    public const string ReservationExpired = "reservation expired";
    public const string RefusedAtTheDoor = "refused at the door";
}
