using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Catalog.Domain;

/// <summary>
/// How the catalog finds products by words: one contract, so that the search behind
/// <c>GET /api/products?q=</c> can move from the term index in DynamoDB (SearchIndexTable, today's
/// only implementation) to a search engine (OpenSearch fed from the table) without the endpoint,
/// its semantics or its cursors' shape changing for clients. README.md, "Search", says when.
/// </summary>
internal interface IProductSearch
{
    /// <summary>The listing a cursor of this search belongs to: a cursor from another is refused.</summary>
    string CursorScope(ProductSearch search, string? category);

    /// <summary>Up to a page of products that match, in a stable order; a page may come back short
    /// with a cursor when the read budget of one request is spent.</summary>
    Task<Page<Product>> SearchAsync(ProductSearch search, string? category, PageRequest page, CancellationToken cancellationToken);
}
