using CloudRetail.BuildingBlocks.Naming;
namespace CloudRetail.Orders.Domain;

internal enum RefusalKind
{
    NotFound,
    Conflict,
    LimitReached,
}

/// <summary>Why the shop says no to an order request; the endpoint turns it into HTTP.</summary>
internal sealed record OrderRefusal(RefusalKind Kind, string Message, string? OrderId = null, OrderStatus? Status = null)
{
    public static readonly OrderRefusal NotFound = new(RefusalKind.NotFound, "Order not found");

    public static OrderRefusal NotAllowed(Order order, OrderStatus to) =>
        new(RefusalKind.Conflict, $"An order that is {order.Status.Name()} cannot become {to.Name()}", order.OrderId, order.Status);

    public static OrderRefusal ChangedMeanwhile(string orderId) =>
        new(RefusalKind.Conflict, "The order changed meanwhile; read it again", orderId);

    public static OrderRefusal TooManyUnpaid(int max) =>
        new(RefusalKind.LimitReached, $"You already have {max} unpaid orders; pay or cancel one before checking out again");
}
