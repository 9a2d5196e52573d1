using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Analytics;

/// <summary>
/// The shop's per-day figures, kept by the moves that change them: each caller adds the figure's
/// change to the transaction that makes the change, so a figure is never ahead of or behind the
/// orders, payments and refunds it counts, and reading a period never scans an order. Days are the
/// shop's (SHOP_TIME_ZONE). Order statuses are passed as their wire names (PENDING, ...): Orders
/// calls this module, so this module cannot see Orders' enum, and it only ever counts by the name.
/// </summary>
public interface IShopStats
{
    /// <summary>Checkout: one more order on its day, counted PENDING, with its money and its lines.</summary>
    void OrderPlaced(WriteTransaction transaction, PlacedOrder order);

    /// <summary>An order's status move: counted out of <see cref="OrderMove.From"/> and into
    /// <see cref="OrderMove.To"/> on the day it was placed; a cancellation takes its money and lines back out.</summary>
    void OrderMoved(WriteTransaction transaction, OrderMove move);

    /// <summary>A refund the provider paid, counted on the day it succeeded.</summary>
    void RefundSucceeded(WriteTransaction transaction, DateTimeOffset at, decimal amount, string currency);

    /// <summary>A shopper confirmed their account: one new customer on that day (a write of its own).</summary>
    Task CustomerSignedUpAsync(DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>An order as the figures count it. <paramref name="Sale"/> splits its total; each line's
/// <see cref="ProductSale.Revenue"/> is the goods' net (after their share of the discount, before tax).</summary>
public sealed record PlacedOrder(DateTimeOffset PlacedAt, string Status, string Currency, SaleAmounts Sale, IReadOnlyList<ProductSale> Lines);

/// <summary>What an order comes to: <paramref name="Net"/> is the goods after discount, before tax
/// (subtotal − discount, less tax when prices include it); Total = Net + Shipping net + Tax.</summary>
public sealed record SaleAmounts(decimal Net, decimal Tax, decimal Shipping, decimal Discount, decimal Total);

public sealed record ProductSale(string ProductId, int Units, decimal Revenue);

/// <summary>A status move of an order placed at <paramref name="PlacedAt"/>. <paramref name="Cancelled"/>,
/// for a move into CANCELLED, is the order whose money and lines leave the figures.</summary>
public sealed record OrderMove(DateTimeOffset PlacedAt, string From, string To, PlacedOrder? Cancelled = null);

/// <summary>
/// Something on the dashboard that needs a person, counted by the module that owns it (e-mails that
/// failed, invoices that failed, payments and refunds not settled, returns waiting for a decision):
/// each module registers one in its <c>AddXModule</c>. A count reads at most
/// one DynamoDB page and stops at <see cref="WorkQueue.CountCap"/>.
/// </summary>
public interface IWorkQueue
{
    Task<WorkCount> CountAsync(CancellationToken cancellationToken);
}

/// <summary><paramref name="Kind"/> names the queue (<see cref="WorkQueue"/>); <paramref name="AtLeast"/>
/// is true when there are more than <paramref name="Count"/>. <paramref name="Link"/> is where staff work it (the API path), null where no listing exists yet.</summary>
public sealed record WorkCount(string Kind, string Label, int Count, bool AtLeast, string? Link);

public static class WorkQueue
{
    /// <summary>How many items a queue counts before saying "at least".</summary>
    public const int CountCap = 100;

    public const string FailedEmails = "FAILED_EMAILS";
    public const string FailedInvoices = "FAILED_INVOICES";
    public const string UnsettledPayments = "UNSETTLED_PAYMENTS";
    public const string PendingRefunds = "PENDING_REFUNDS";

    /// <summary>Returns waiting for staff to approve or reject them, counted by the Returns module; the
    /// dashboard answers it apart from the other queues, as <c>openReturns</c>.</summary>
    public const string OpenReturns = "OPEN_RETURNS";

    public static WorkCount Of(string kind, string label, int found, string? link) =>
        new(kind, label, Math.Min(found, CountCap), found > CountCap, link);
}
