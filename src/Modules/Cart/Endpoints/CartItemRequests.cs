using CloudRetail.Cart.Domain;
using CloudRetail.Catalog;
using FluentValidation;

namespace CloudRetail.Cart.Endpoints;

/// <summary>A client may still send the seed's <c>price</c>; it is not read: prices come from the catalog.</summary>
internal sealed record AddCartItemRequest(string ProductId, int Qty);

internal sealed record UpdateCartItemRequest(int Qty);

internal sealed class AddCartItemValidator : AbstractValidator<AddCartItemRequest>
{
    public AddCartItemValidator()
    {
        RuleFor(r => r.ProductId).Must(ProductIds.IsWellFormed).WithMessage(ProductIds.Rule);
        RuleFor(r => r.Qty).InclusiveBetween(1, CartRules.MaxQtyPerLine)
            .WithMessage($"qty must be between 1 and {CartRules.MaxQtyPerLine}");
    }
}

internal sealed class UpdateCartItemValidator : AbstractValidator<UpdateCartItemRequest>
{
    public UpdateCartItemValidator() =>
        RuleFor(r => r.Qty).InclusiveBetween(1, CartRules.MaxQtyPerLine)
            .WithMessage($"qty must be between 1 and {CartRules.MaxQtyPerLine}");
}
