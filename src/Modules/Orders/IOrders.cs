using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders;

/// <summary>What Payments may ask of Orders. Orders owns the reservation an order holds, so settling
/// a payment also settles the stock, inside the caller's transaction.</summary>
public interface IOrders
{
    Task<OrderSummary?> FindOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>PENDING → PAYING before any money moves, naming the payment attempt; the order's shopper pays. Cancels the
    /// transaction (<see cref="OrderMoved"/>) if the order is no longer pending.</summary>
    void StartPayment(WriteTransaction transaction, OrderSummary order, string paymentId);

    /// <summary><see cref="StartPayment"/> for cash on delivery: the order then holds one of the
    /// shopper's uncollected-cash slots until it is delivered (the cash collected) or cancelled.
    /// Cancels the transaction (<see cref="UncollectedCashLimitReached"/>) when they hold the most allowed.</summary>
    void StartCashOnDeliveryPayment(WriteTransaction transaction, OrderSummary order, string paymentId);

    /// <summary>PAYING → CONFIRMED, and the reserved units become a sale; <paramref name="actor"/> is the
    /// provider whose answer it is, or the sweep that asked it.</summary>
    void ConfirmPayment(WriteTransaction transaction, OrderSummary order, string paymentId, OrderActor actor);

    /// <summary>PAYING → CANCELLED (payment failed or never completed), and the reserved units go back on sale.</summary>
    void CancelForFailedPayment(WriteTransaction transaction, OrderSummary order, string paymentId, OrderActor actor);

    /// <summary>For the back office: the shopper's newest orders (at most <paramref name="newest"/>,
    /// newest first), how many orders they have placed, and their lifetime spend: the totals of their
    /// paid orders (<see cref="OrderSummary.IsPaid"/>) summed per currency. Reads every order the
    /// shopper has, a page of 100 at a time.</summary>
    Task<ShopperOrderHistory> ShopperHistoryAsync(string userId, int newest, CancellationToken cancellationToken);

    /// <summary>For the back office's exports: every order placed from <paramref name="from"/> to
    /// <paramref name="to"/> (inclusive), in <paramref name="status"/> or in any status: status by status
    /// in the order of an order's life, newest first within each. Reads the by-status index a page of 100
    /// of each of its shards at a time, merged, never the whole table.</summary>
    IAsyncEnumerable<OrderSummary> PlacedBetweenAsync(DateTimeOffset from, DateTimeOffset to, OrderStatus? status, CancellationToken cancellationToken);
}

/// <param name="LifetimeSpend">One amount per currency the shopper paid in, by currency code.</param>
public sealed record ShopperOrderHistory(IReadOnlyList<OrderSummary> Newest, int OrderCount, IReadOnlyList<AmountPaid> LifetimeSpend);

public sealed record AmountPaid(string Currency, decimal Amount);

/// <summary>The shape of an order id (O- and a UUID), for routes of other modules that take one.</summary>
public static class OrderIdShape
{
    public static PrefixedId Format => Domain.OrderIds.Format;
}

/// <summary>What Orders needs from whoever takes the money; the Payments module provides it.</summary>
public interface IOrderPayments
{
    /// <summary>Settles the payment of an order left PAYING past its reservation (a crash between
    /// charge and commit): confirmed if the provider charged, otherwise voided and the order cancelled.</summary>
    Task<StalledPaymentOutcome> SettleStalledAsync(OrderSummary order, CancellationToken cancellationToken);

    /// <summary>Adds to the delivery's transaction what handing over the goods means for the payment
    /// (cash on delivery is collected then, by <paramref name="staff"/>).</summary>
    Task AddDeliveryAsync(WriteTransaction transaction, OrderSummary order, OrderActor staff, CancellationToken cancellationToken);

    /// <summary>Adds to the transaction that cancels a confirmed order what that means for its payment:
    /// cash still due is no longer owed; money collected is to be refunded in full (recorded PENDING,
    /// counted against the payment, on the condition that refunded stays ≤ collected).</summary>
    Task AddCancellationAsync(WriteTransaction transaction, OrderSummary order, StaffCancellation cancellation, CancellationToken cancellationToken);

    /// <summary>After the cancellation committed: refunds through the provider what it recorded (a crash
    /// before this leaves the refund PENDING for the sweep) and tells the shopper. Never fails the cancellation.</summary>
    Task<CancellationRefund> CancelledAsync(OrderSummary order, CancellationToken cancellationToken);

    /// <summary>After the delivery committed: what follows it for the payment (cash collected is invoiced).
    /// Never fails the delivery.</summary>
    Task DeliveredAsync(OrderSummary order, CancellationToken cancellationToken);
}

/// <summary>Why and by whom staff cancel an order.</summary>
public sealed record StaffCancellation(string Reason, string StaffId);

/// <summary>What a staff cancellation gave back: <paramref name="Refunded"/> settled by the provider,
/// <paramref name="Pending"/> still on its way (the sweep finishes it).</summary>
public sealed record CancellationRefund(decimal Refunded, decimal Pending, string Currency)
{
    public static CancellationRefund None(string currency) => new(0m, 0m, currency);
}

public enum StalledPaymentOutcome
{
    Settled,
    /// <summary>The attempt is recent; its own request may still finish it.</summary>
    StillRunning,
    /// <summary>Could not be settled now (provider unreachable, order moved meanwhile); the next sweep tries again.</summary>
    Unsettled,
}

/// <summary>An order's life: PENDING → PAYING → CONFIRMED (paid, or cash due) → SHIPPED → DELIVERED,
/// or PENDING/PAYING → CANCELLED; staff cancel a CONFIRMED order (refunding what was paid), or a SHIPPED one with cash due refused at the door. In JSON and in the table the names are upper case.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    Pending,
    Paying,
    Confirmed,
    Shipped,
    Delivered,
    Cancelled,
}

/// <param name="TotalAmount">What the shopper pays: the breakdown's total, or for an order placed
/// before orders had one, the sum of its lines.</param>
/// <param name="Price">Subtotal, discount, shipping, tax per line and rate, and total, as the order
/// was priced at checkout; null for an order placed before orders had one.</param>
/// <param name="DeliveryAddress">The copy of the address the order goes to; null for collection
/// (and for orders placed before addresses).</param>
/// <param name="DeliveredAt">When the goods were handed over; null until the order is DELIVERED.</param>
public sealed record OrderSummary(
    string OrderId,
    string UserId,
    string UserEmail,
    OrderStatus Status,
    IReadOnlyList<OrderLine> Lines,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt,
    string? PaymentId,
    Pricing.PriceBreakdown? Price = null,
    Addresses.PostalAddress? DeliveryAddress = null,
    DateTimeOffset? DeliveredAt = null)
{
    /// <summary>Orders' own: whether the order holds a slot in the shopper's unpaid-order count, carried
    /// through the payment so the move that ends it gives back only a slot it took.</summary>
    internal bool CountedUnpaid { get; init; }

    /// <summary>Orders' own: whether the order holds one of the shopper's uncollected-cash slots (cash
    /// on delivery, from its payment's start until the cash is collected or the order cancelled).</summary>
    internal bool CashDue { get; init; }

    /// <summary>The shop has the money: confirmed or shipped with the payment settled, or delivered (cash
    /// on delivery is collected at the door). A confirmed or shipped order with cash still due is not paid yet.</summary>
    public bool IsPaid => Status == OrderStatus.Delivered || (Status is OrderStatus.Confirmed or OrderStatus.Shipped && !CashDue);
}

/// <summary>A payment was refused: the shopper already has this many cash-on-delivery orders on the way unpaid.</summary>
public sealed record UncollectedCashLimitReached(int Max) : ConditionFailure;

/// <summary>A transaction was refused because the order was no longer where the move starts.</summary>
public sealed record OrderMoved(string OrderId) : ConditionFailure;

public sealed record OrderLine(string ProductId, string Name, int Qty, decimal Price)
{
    public decimal LineTotal => Qty * Price;

    /// <summary>What this line holds in the warehouse.</summary>
    public Inventory.StockLine Stock() => new(ProductId, Qty);
}
