using CloudRetail.Addresses;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Domain;

internal sealed record Order(
    string OrderId,
    string UserId,
    string UserEmail,
    OrderStatus Status,
    IReadOnlyList<OrderLine> Lines,
    decimal TotalAmount,
    string Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null,
    string? TrackingNumber = null,
    string? CancelReason = null,
    string? PaymentId = null,
    bool CountedUnpaid = false,
    bool CashDue = false,
    PriceBreakdown? Price = null,
    PostalAddress? DeliveryAddress = null,
    DateTimeOffset? DeliveredAt = null)
{
    /// <summary>A new PENDING order at the price checkout computed; its total is the breakdown's. It
    /// counts against the shopper's unpaid orders (checkout takes its slot in the same transaction).</summary>
    public static Order Place(string userId, string userEmail, IReadOnlyList<OrderLine> lines, PriceBreakdown price, PostalAddress? deliveryAddress, DateTimeOffset now) =>
        new(OrderIds.Format.New(), userId, userEmail, OrderStatus.Pending, lines, price.Total, price.Currency, now,
            CountedUnpaid: true, Price: price, DeliveryAddress: deliveryAddress);

    public OrderSummary ToSummary() => new(OrderId, UserId, UserEmail, Status, Lines, TotalAmount, Currency, CreatedAt, PaymentId, Price, DeliveryAddress,
        Status == OrderStatus.Delivered ? DeliveredAt ?? UpdatedAt : null)
    {
        CountedUnpaid = CountedUnpaid,
        CashDue = CashDue,
    };

    public static Order From(OrderSummary summary) => new(
        summary.OrderId, summary.UserId, summary.UserEmail, summary.Status, summary.Lines, summary.TotalAmount, summary.Currency,
        summary.CreatedAt, PaymentId: summary.PaymentId, CountedUnpaid: summary.CountedUnpaid, CashDue: summary.CashDue,
        Price: summary.Price, DeliveryAddress: summary.DeliveryAddress, DeliveredAt: summary.DeliveredAt);

    /// <summary>The discount code the order redeemed, which a cancellation gives back.</summary>
    public string? DiscountCode => Price?.DiscountCode;

    public IEnumerable<Inventory.StockLine> StockLines() => Lines.Select(l => l.Stock());
}

/// <summary>What a move records beside the new status. <paramref name="CashDue"/>: the order holds
/// one of the shopper's uncollected-cash slots (cash on delivery, from its payment's start until
/// the cash is collected or the order cancelled); null leaves it as it is.</summary>
internal sealed record OrderChange(string? PaymentId = null, string? CancelReason = null, string? TrackingNumber = null, bool? CashDue = null)
{
    public static readonly OrderChange Nothing = new();

    /// <summary>What the order's history says the move was for: the cancel reason, or the tracking number it shipped with.</summary>
    public string? Reason => CancelReason ?? (TrackingNumber is { } tracking ? $"tracking number {tracking}" : null);
}
