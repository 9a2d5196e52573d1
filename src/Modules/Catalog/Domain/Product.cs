namespace CloudRetail.Catalog.Domain;

internal sealed record Product(
    string ProductId,
    string Name,
    string Category,
    decimal Price,
    string Currency,
    string? ImageKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? UpdatedAt = null)
{
    public CatalogProduct ToContract() => new(ProductId, Name, Category, Price, Currency);
}
