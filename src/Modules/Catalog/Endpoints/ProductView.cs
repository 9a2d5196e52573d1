using System.Text.Json.Serialization;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Images;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>A product in its kept shape (docs/compatibility.md), with a fresh pre-signed picture URL.
/// The product's own answers add its description when it has one; a listing's items leave it out, as
/// the search index that serves searches does not carry it.</summary>
internal sealed record ProductView(
    string ProductId,
    string Name,
    string Category,
    decimal Price,
    string Currency,
    string? ImageKey,
    string? ImageUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null)
{
    /// <summary>The product as its own page shows it, description included.</summary>
    public static ProductView From(Product product, ProductImages images) => InListing(product, images) with { Description = product.Description };

    /// <summary>The product as a listing or a search shows it.</summary>
    public static ProductView InListing(Product product, ProductImages images) => new(
        product.ProductId, product.Name, product.Category, product.Price, product.Currency,
        product.ImageKey, images.DownloadUrl(product.ImageKey), product.CreatedAt, product.UpdatedAt);
}

internal sealed record ProductSaved(string Message, ProductView Product);
