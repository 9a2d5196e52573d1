using System.Security.Claims;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart.Domain;
using CloudRetail.Catalog;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

/// <summary>A client may still send a <c>price</c> (docs/compatibility.md); it is not read: prices come from the catalog.</summary>
internal sealed record AddCartItemRequest(string ProductId, int Qty);

internal sealed class AddCartItemValidator : AbstractValidator<AddCartItemRequest>
{
    public AddCartItemValidator()
    {
        RuleFor(r => r.ProductId).Must(ProductIds.IsWellFormed).WithMessage(ProductIds.Rule);
        RuleFor(r => r.Qty).InclusiveBetween(1, CartRules.MaxQtyPerLine)
            .WithMessage($"qty must be between 1 and {CartRules.MaxQtyPerLine}");
    }
}

internal static class AddCartItem
{
    /// <summary>Adds units to the product's line (creating it).</summary>
    public static async Task<Results<Ok<CartChanged>, ProblemHttpResult>> Handle(
        AddCartItemRequest request, ClaimsPrincipal user, CartEditor editor, CancellationToken cancellationToken) =>
        CartAnswers.From(
            await editor.SetLineAsync(user.ShopperId(), request.ProductId, line => (line?.Qty ?? 0) + request.Qty, cancellationToken),
            "Item added to cart");
}
