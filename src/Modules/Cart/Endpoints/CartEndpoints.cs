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

internal static class AddCartItem
{
    /// <summary>Adds units to the product's line (creating it), as the seed did.</summary>
    public static Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        AddCartItemRequest request, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        editor.SetLineAsync(user.ShopperId(), request.ProductId, line => (line?.Qty ?? 0) + request.Qty, "Item added to cart", cancellationToken);
}

internal static class UpdateCartItem
{
    /// <summary>Sets the line's quantity, re-priced from the catalog; the line must be in the cart.</summary>
    public static Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        string productId, UpdateCartItemRequest request, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        editor.SetLineAsync(user.ShopperId(), productId, line => line is null ? null : request.Qty, "Cart item updated", cancellationToken);
}

internal static class RemoveCartItem
{
    public static Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        string productId, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        editor.RemoveLineAsync(user.ShopperId(), productId, cancellationToken);
}

internal sealed record CartCleared(string Message, string UserId);

internal static class ClearCart
{
    public static async Task<Ok<CartCleared>> Handle(ClaimsPrincipal user, CartTable table, CancellationToken cancellationToken)
    {
        await table.DeleteAsync(user.ShopperId(), cancellationToken);
        return TypedResults.Ok(new CartCleared("Cart cleared", user.ShopperId()));
    }
}
