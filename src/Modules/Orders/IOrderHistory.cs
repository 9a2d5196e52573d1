using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders;

/// <summary>
/// An order's history: one entry for every move of the order, its payment, its refunds and its returns,
/// written in the same transaction as the move, so a move that commits has its entry and a refused one
/// has none. Orders records its own moves (checkout, pay, ship, deliver, cancel); another module records
/// the moves of what it owns by adding an entry to <i>its</i> transaction, e.g. Payments when a refund is
/// requested: <c>history.Record(transaction, orderId, new OrderEvent(OrderEventSubject.Refund, null, "PENDING", OrderActor.Admin(staffId), reason, amount))</c>.
/// Entries are never changed or deleted; <c>GET /api/orders/{orderId}</c> shows them oldest first.
/// </summary>
public interface IOrderHistory
{
    /// <summary>Adds one entry to the transaction, timed now; it is written only if the transaction commits.</summary>
    void Record(WriteTransaction transaction, string orderId, OrderEvent entry);
}

/// <summary>What moved: the order itself, or its payment, a refund or a return.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<OrderEventSubject>))]
public enum OrderEventSubject
{
    Order,
    Payment,
    Refund,
    Return,
}

/// <summary>One move in an order's history.</summary>
/// <param name="From">The status before the move, in the subject's own upper-case names (PENDING, PROCESSING, ...); null when the subject begins here.</param>
/// <param name="To">The status after the move.</param>
/// <param name="Reason">Why, in words a person reads (a cancel reason, a refund's reason, the tracking number).</param>
/// <param name="Amount">Money the move concerns (a payment, a refund), in the order's currency; null when none.</param>
/// <param name="Reference">The id of what moved when it is not the order: the payment, refund or return id.</param>
public sealed record OrderEvent(
    OrderEventSubject Subject, string? From, string To, OrderActor Actor, string? Reason = null, decimal? Amount = null, string? Reference = null);

/// <summary>Who made a move happen.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<OrderActorKind>))]
public enum OrderActorKind
{
    /// <summary>The shopper who owns the order.</summary>
    Shopper,
    /// <summary>Staff, by their account id.</summary>
    Admin,
    /// <summary>The payment provider's answer (its name as the id: MOCK, COD, CARD_SIMULATOR).</summary>
    Provider,
    /// <summary>The scheduled sweep (expired reservations, stalled payments and refunds).</summary>
    Sweep,
}

/// <param name="Id">The shopper's or admin's account id, or the provider's name; null for the sweep.</param>
public sealed record OrderActor(OrderActorKind Kind, string? Id)
{
    public static OrderActor Shopper(string shopperId) => new(OrderActorKind.Shopper, shopperId);

    public static OrderActor Admin(string adminId) => new(OrderActorKind.Admin, adminId);

    public static OrderActor Provider(string providerName) => new(OrderActorKind.Provider, providerName);

    public static readonly OrderActor Sweep = new(OrderActorKind.Sweep, null);
}
