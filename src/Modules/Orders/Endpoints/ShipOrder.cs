using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
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

internal static class ShipOrder
{
    public static async Task<Results<Ok<OrderChanged>, ProblemHttpResult>> Handle(
        string orderId, ShipOrderRequest request, ClaimsPrincipal user, OrdersTable orders, OrderStatusChange change, CancellationToken cancellationToken) =>
        await change.MoveAsync(await orders.FindAsync(orderId, cancellationToken), OrderTransitions.Ship,
            new OrderChange(TrackingNumber: request.TrackingNumber), OrderActor.Admin(user.ShopperId()), "Order shipped", cancellationToken,
            staff: Audit.AuditAdmin.Of(user));
}
