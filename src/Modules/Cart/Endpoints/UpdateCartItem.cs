using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

internal sealed record UpdateCartItemRequest(int Qty);

internal sealed class UpdateCartItemValidator : AbstractValidator<UpdateCartItemRequest>
{
    public UpdateCartItemValidator() =>
        RuleFor(r => r.Qty).InclusiveBetween(1, CartRules.MaxQtyPerLine)
            .WithMessage($"qty must be between 1 and {CartRules.MaxQtyPerLine}");
}

internal static class UpdateCartItem
{
    /// <summary>Sets the line's quantity, re-priced from the catalog; the line must be in the cart.</summary>
    public static async Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        string productId, UpdateCartItemRequest request, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        CartAnswers.From(
            await editor.SetLineAsync(user.ShopperId(), productId, line => line is null ? null : request.Qty, cancellationToken),
            "Cart item updated");
}
