using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>A product in its kept shape (docs/compatibility.md), with a fresh pre-signed picture URL.</summary>
internal sealed record ProductView(
    string ProductId,
    string Name,
    string Category,
    decimal Price,
    string Currency,
    string? ImageKey,
    string? ImageUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    public static ProductView From(Product product, ProductImages images) => new(
        product.ProductId, product.Name, product.Category, product.Price, product.Currency,
        product.ImageKey, images.DownloadUrl(product.ImageKey), product.CreatedAt, product.UpdatedAt);
}

internal sealed record ProductSaved(string Message, ProductView Product);
