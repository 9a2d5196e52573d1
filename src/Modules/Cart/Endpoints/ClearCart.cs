using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

internal sealed record CartCleared(string Message, string UserId);

internal static class ClearCart
{
    /// <summary>Empties the cart as a new version, so an add that read the old lines cannot bring them back.</summary>
    public static async Task<Ok<CartCleared>> Handle(ClaimsPrincipal user, CartTable table, CancellationToken cancellationToken)
    {
        await table.EmptyAsync(user.ShopperId(), cancellationToken);
        return TypedResults.Ok(new CartCleared("Cart cleared", user.ShopperId()));
    }
}
