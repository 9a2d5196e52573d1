namespace CloudRetail.Orders.Domain;

/// <summary>An order's life: PENDING → CONFIRMED (paid) → SHIPPED → DELIVERED, or PENDING → CANCELLED.</summary>
internal static class OrderStatus
{
    public const string Pending = "PENDING";
    public const string Confirmed = "CONFIRMED";
    public const string Shipped = "SHIPPED";
    public const string Delivered = "DELIVERED";
    public const string Cancelled = "CANCELLED";

    private static readonly Dictionary<string, string[]> Next = new()
    {
        [Pending] = [Confirmed, Cancelled],
        [Confirmed] = [Shipped],
        [Shipped] = [Delivered],
    };

    public static bool CanMove(string from, string to) => Next.TryGetValue(from, out var allowed) && allowed.Contains(to);
}

internal static class CancelReasons
{
    public const string ByCustomer = "cancelled by customer";
    public const string PaymentFailed = "payment failed";
    public const string ReservationExpired = "reservation expired";
}
