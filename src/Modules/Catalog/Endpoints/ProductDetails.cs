using CloudRetail.Catalog.Domain;
using FluentValidation;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>What an admin writes about a product, whether creating it or editing it.</summary>
internal interface IProductDetails
{
    string Name { get; }
    string Category { get; }
    decimal? Price { get; }
    string Currency { get; }
    string? ImageKey { get; }
    string? Description { get; }
}

/// <summary>The rules for a product's details, one set for create and update.</summary>
internal sealed class ProductDetailsValidator : AbstractValidator<IProductDetails>
{
    public ProductDetailsValidator()
    {
        RuleFor(r => r.Name).ProductName().Searchable(r => r.Category);
        RuleFor(r => r.Category).Category();
        RuleFor(r => r.Price).Price();
        RuleFor(r => r.Currency).Currency();
        RuleFor(r => r.ImageKey).ImageKey();
        RuleFor(r => r.Description).ProductDescription();
    }
}
