using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

internal sealed record ShipOrderRequest(string TrackingNumber);

internal sealed class ShipOrderValidator : AbstractValidator<ShipOrderRequest>
{
    public ShipOrderValidator() => RuleFor(r => r.TrackingNumber).NotEmpty().MaximumLength(64);
}

/// <summary>Moves an order along its life; a move the life does not allow is a 409.</summary>
internal sealed class OrderStatusChange(OrdersTable orders, IInventory inventory, WriteTransaction transaction, TimeProvider clock)
{
    public async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> MoveAsync(
        Order? order, string to, string message, IReadOnlyDictionary<string, string>? details, CancellationToken cancellationToken)
    {
        if (order is null)
        {
            return GetOrder.OrderNotFound();
        }
        if (!OrderStatus.CanMove(order.Status, to))
        {
            return ShopProblems.Conflict($"An order that is {order.Status} cannot become {to}",
                new Dictionary<string, object?> { ["orderId"] = order.OrderId, ["status"] = order.Status });
        }
        transaction.Add(orders.Move(order.OrderId, order.Status, to, clock.GetUtcNow(), details), check: order.Status);
        if (to == OrderStatus.Cancelled)
        {
            inventory.ReleaseStock(transaction, order.OrderId, order.StockLines());
        }
        if (!(await transaction.CommitAsync(cancellationToken)).IsCommitted)
        {
            return ShopProblems.Conflict("The order changed meanwhile; read it again", new Dictionary<string, object?> { ["orderId"] = order.OrderId });
        }
        return TypedResults.Ok(new OrderChanged(message, OrderView.From((await orders.FindAsync(order.OrderId, cancellationToken))!)));
    }
}

internal static class CancelOrder
{
    /// <summary>A shopper may cancel their own unpaid order; its stock goes back on sale.</summary>
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        return await change.MoveAsync(order?.UserId == user.ShopperId() ? order : null, OrderStatus.Cancelled, "Order cancelled",
            new Dictionary<string, string> { ["cancelReason"] = CancelReasons.ByCustomer }, cancellationToken);
    }
}

internal static class ShipOrder
{
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, ShipOrderRequest request, OrdersTable orders, OrderStatusChange change, CancellationToken cancellationToken) =>
        await change.MoveAsync(await orders.FindAsync(orderId, cancellationToken), OrderStatus.Shipped, "Order shipped",
            new Dictionary<string, string> { ["trackingNumber"] = request.TrackingNumber }, cancellationToken);
}

internal static class DeliverOrder
{
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, OrdersTable orders, OrderStatusChange change, CancellationToken cancellationToken) =>
        await change.MoveAsync(await orders.FindAsync(orderId, cancellationToken), OrderStatus.Delivered, "Order delivered", null, cancellationToken);
}
