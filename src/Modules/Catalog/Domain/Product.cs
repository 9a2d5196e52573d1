namespace CloudRetail.Catalog.Domain;

/// <summary>A product as the catalog keeps it. <see cref="Revision"/> counts its writes (0 for a product
/// written before the search index), so a write that read it can insist nobody wrote in between.
/// <see cref="Description"/> is plain text for the product's own page (null: none).</summary>
internal sealed record Product(
    string ProductId,
    string Name,
    string Category,
    decimal Price,
    string Currency,
    string? ImageKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null,
    long Revision = 0,
    string? Description = null)
{
    public CatalogProduct ToContract() => new(ProductId, Name, Category, Price, Currency, Description);
}
