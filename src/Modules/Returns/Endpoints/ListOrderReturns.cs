using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders;
using CloudRetail.Returns.Domain;
using CloudRetail.Returns.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Returns.Endpoints;

internal static class ListOrderReturns
{
    /// <summary>The order's owner and staff see its returns; for anyone else the order does not exist.</summary>
    public static async Task<Results<Ok<OrderReturns>, ProblemHttpResult>> Handle(
        string orderId, ClaimsPrincipal user, IOrders orders, ReturnsTable returns, ReturnsOptions options, CancellationToken cancellationToken)
    {
        if (await orders.FindOrderAsync(orderId, cancellationToken) is not { } order || (order.UserId != user.ShopperId() && !user.IsAdmin()))
        {
            return ShopProblems.NotFound("Order not found");
        }
        var returned = await returns.ReturnedUnitsAsync(orderId, cancellationToken);
        var lines = order.Lines.Select(l => new ReturnableLine(l.ProductId, l.Name, l.Qty, ReturnRules.Returnable(l, returned))).ToList();
        var theirs = await returns.ForOrderAsync(orderId, cancellationToken);
        return TypedResults.Ok(new OrderReturns(orderId, ReturnRules.ReturnableUntil(order, options.Window), lines, theirs.Select(ReturnView.From).ToList()));
    }
}
