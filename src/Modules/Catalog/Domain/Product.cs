namespace CloudRetail.Catalog.Domain;

/// <summary>A product as the catalog keeps it. <see cref="Revision"/> counts its writes (0 for a product
/// written before the search index), so a write that read it can insist nobody wrote in between.</summary>
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
    /// <summary>Plain text for the product's own page: trimmed, and none (null) when blank, however
    /// the product is made or edited.</summary>
    public string? Description { get; init => field = Kept(value); } = Kept(Description);

    private static string? Kept(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public CatalogProduct ToContract() => new(ProductId, Name, Category, Price, Currency, Description);
}
