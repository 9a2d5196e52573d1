using System.Globalization;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Orders;

namespace CloudRetail.Returns.Domain;

internal enum ReturnRefusalKind
{
    NotFound,
    /// <summary>A bad field of the request (400 naming <see cref="ReturnRefusal.Field"/>).</summary>
    Invalid,
    /// <summary>The return or the order is not where the request needs it (409).</summary>
    Conflict,
}

/// <summary>Why the shop says no to a return request or move; the endpoint turns it into HTTP.</summary>
internal sealed record ReturnRefusal(ReturnRefusalKind Kind, string Message, string? Field = null, string? ReturnStatus = null)
{
    public static readonly ReturnRefusal OrderNotFound = new(ReturnRefusalKind.NotFound, "Order not found");

    public static readonly ReturnRefusal NotFound = new(ReturnRefusalKind.NotFound, "Return not found");

    public static ReturnRefusal NotAllowed(Return r, ReturnStatus to) =>
        new(ReturnRefusalKind.Conflict, $"A return that is {r.Status.Name()} cannot become {to.Name()}", ReturnStatus: r.Status.Name());

    public static readonly ReturnRefusal ChangedMeanwhile = new(ReturnRefusalKind.Conflict, "The return changed meanwhile; read it again");
}

/// <summary>What a return request must meet, decided without I/O from the order, the units already
/// asked back per line and the time. The write's condition on the per-line counts is what makes a
/// unit returnable once; these checks answer the shopper clearly.</summary>
internal static class ReturnRules
{
    /// <summary>The last moment the order's lines may be asked back; null before delivery.</summary>
    public static DateTimeOffset? ReturnableUntil(OrderSummary order, TimeSpan window) =>
        order.Status == OrderStatus.Delivered && order.DeliveredAt is { } delivered ? delivered + window : null;

    /// <summary>Units of the line still free to ask back.</summary>
    public static int Returnable(OrderLine line, IReadOnlyDictionary<string, int> returned) =>
        Math.Max(0, line.Qty - returned.GetValueOrDefault(line.ProductId));

    public static ReturnRefusal? Check(
        OrderSummary order, IReadOnlyList<ReturnLine> lines, IReadOnlyDictionary<string, int> returned, DateTimeOffset now, TimeSpan window)
    {
        if (order.Status != OrderStatus.Delivered)
        {
            return new(ReturnRefusalKind.Conflict, $"Only a delivered order can be returned; this one is {order.Status.Name()}");
        }
        if (ReturnableUntil(order, window) is { } until && now > until)
        {
            return new(ReturnRefusalKind.Conflict,
                $"The return window of {window.TotalDays:0} days after delivery closed on {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}");
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var (productId, quantity) = (lines[i].ProductId, lines[i].Quantity);
            if (order.Lines.FirstOrDefault(l => l.ProductId == productId) is not { } line)
            {
                return new(ReturnRefusalKind.Invalid, $"{productId} is not a line of this order", $"lines[{i}].productId");
            }
            if (quantity > line.Qty)
            {
                return new(ReturnRefusalKind.Invalid, $"Line {productId}: {quantity} asked back, but the order has {line.Qty}", $"lines[{i}].quantity");
            }
            if (quantity > Returnable(line, returned))
            {
                return new(ReturnRefusalKind.Conflict,
                    $"Line {productId}: {quantity} asked back, but only {Returnable(line, returned)} of its {line.Qty} units are left to return");
            }
        }
        return null;
    }
}
