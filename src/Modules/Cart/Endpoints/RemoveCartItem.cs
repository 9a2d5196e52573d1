using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

internal static class RemoveCartItem
{
    public static async Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        string productId, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        CartAnswers.From(await editor.RemoveLineAsync(user.ShopperId(), productId, cancellationToken), "Item removed");
}
