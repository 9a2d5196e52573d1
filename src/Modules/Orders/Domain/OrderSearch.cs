using System.Globalization;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Orders.Domain;

/// <summary>Which read answers a search: the order by its id, a customer's orders by e-mail, or one status.</summary>
internal enum OrderSearchIndex
{
    ById,
    ByEmail,
    ByStatus,
}

/// <summary>
/// The back office's order search, validated. Exactly one read answers it, chosen in this order:
/// <c>orderId</c> (the table's key), else <c>email</c> (the e-mail index), else <c>status</c> (the status
/// index). <c>from</c>/<c>to</c> bound the index's createdAt, so they are part of the read; the other
/// filters (status when the e-mail index is read, the total's range, everything when an id is given) are
/// applied to the items the read returns, so a page can come back shorter than its limit.
/// </summary>
internal sealed record OrderSearch(
    OrderSearchIndex Index, string? OrderId, string? Email, OrderStatus? Status, DateTimeOffset? From, DateTimeOffset? To, decimal? MinTotal, decimal? MaxTotal)
{
    public const int MaxEmailLength = 128;

    /// <summary>The search, or the field that is wrong and why.</summary>
    public static (OrderSearch? Search, string? Field, string? Message) Parse(
        string? orderId, string? email, string? status, string? from, string? to, string? minTotal, string? maxTotal)
    {
        orderId = Blank(orderId);
        email = Blank(email)?.ToLowerInvariant();
        if (orderId is not null && !OrderIds.Format.IsWellFormed(orderId))
        {
            return (null, "orderId", OrderIds.Format.Rule);
        }
        if (email is not null && (email.Length > MaxEmailLength || !email.Contains('@', StringComparison.Ordinal)))
        {
            return (null, "email", $"email must be an e-mail address of at most {MaxEmailLength} characters");
        }
        OrderStatus? wanted = null;
        if (Blank(status) is { } named)
        {
            if (!UpperCaseNames.TryParse<OrderStatus>(named, out var parsed))
            {
                return (null, "status", StatusRule);
            }
            wanted = parsed;
        }
        else if (orderId is null && email is null)
        {
            return (null, "status", StatusRule);
        }
        if (!QueryInstant.TryParse(from, endOfDay: false, out var after))
        {
            return (null, "from", "from must be a date (2026-12-01) or a date and time (2026-12-01T09:30:00Z)");
        }
        if (!QueryInstant.TryParse(to, endOfDay: true, out var before))
        {
            return (null, "to", "to must be a date (2026-12-31) or a date and time (2026-12-31T18:00:00Z)");
        }
        if (after > before)
        {
            return (null, "to", "to must not be before from");
        }
        if (!TryAmount(minTotal, out var min))
        {
            return (null, "minTotal", "minTotal must be an amount of 0 or more, such as 25.00");
        }
        if (!TryAmount(maxTotal, out var max))
        {
            return (null, "maxTotal", "maxTotal must be an amount of 0 or more, such as 250.00");
        }
        if (min > max)
        {
            return (null, "maxTotal", "maxTotal must not be less than minTotal");
        }
        var index = orderId is not null ? OrderSearchIndex.ById : email is not null ? OrderSearchIndex.ByEmail : OrderSearchIndex.ByStatus;
        return (new OrderSearch(index, orderId, email, wanted, after, before, min, max), null, null);
    }

    public static string StatusRule => $"status must be one of {string.Join(", ", UpperCaseNames.All<OrderStatus>())}";

    /// <summary>Whether a found order passes every filter (what the read did not already apply does no harm twice).</summary>
    public bool Matches(Order order) =>
        (OrderId is null || order.OrderId == OrderId)
        && (Email is null || string.Equals(order.UserEmail, Email, StringComparison.OrdinalIgnoreCase))
        && (Status is null || order.Status == Status)
        && (From is null || order.CreatedAt >= From) && (To is null || order.CreatedAt <= To)
        && (MinTotal is null || order.TotalAmount >= MinTotal) && (MaxTotal is null || order.TotalAmount <= MaxTotal);

    /// <summary>A cursor is good only for the search that handed it out. One by status names the shards it
    /// resumes, so a cursor handed out before the index was sharded, or over another number of shards, is refused.</summary>
    public string Listing => string.Join('|', "orders/search", Index == OrderSearchIndex.ByStatus ? $"{Index.Name()}/{OrdersOptions.StatusShards}" : Index.Name(), OrderId, Email, Status?.Name(), From?.ToString("O", CultureInfo.InvariantCulture),
        To?.ToString("O", CultureInfo.InvariantCulture), MinTotal?.ToString(CultureInfo.InvariantCulture), MaxTotal?.ToString(CultureInfo.InvariantCulture));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();


    private static bool TryAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (Blank(text) is not { } value)
        {
            return true;
        }
        if (value.Length <= 20 && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            amount = parsed;
            return true;
        }
        return false;
    }
}
