using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

internal static class GetCart
{
    public static async Task<Ok<CartView>> Handle(ClaimsPrincipal user, CartTable table, CancellationToken cancellationToken) =>
        TypedResults.Ok(CartView.From(await table.FindAsync(user.ShopperId(), cancellationToken)));
}
