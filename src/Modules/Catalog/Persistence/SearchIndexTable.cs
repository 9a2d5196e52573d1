using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Persistence;

/// <summary>
/// The catalog's search index: one item per search term of a product (<see cref="SearchTerms"/>),
/// keyed by the term and sorted by product id, carrying the product as a listing shows it (without its
/// description, which only the product's own page shows and which would be copied into every item), so a
/// search is one Query of one term's items, checked here against the rest of the search, and needs
/// no read of the products. The items are written only with the product (<see cref="ProductsTable"/>),
/// in its transaction: at most 48 a product, some 300 bytes each (name up to 200, category up to 100
/// characters, the picture key up to 512).
/// </summary>
internal sealed class SearchIndexTable(IAmazonDynamoDB dynamoDb, CatalogOptions options) : IProductSearch
{
    private const string Term = "term";

    /// <summary>DynamoDB reads of one search page at most, whatever the catalog's size.</summary>
    public const int MaxReads = 3;
    private const int MaxItemsPerRead = 1000;

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, Term, ProductsTable.ProductId);

    /// <summary>A product's index items, as the app's writes and the bench's fixture both write them.</summary>
    public static IEnumerable<Dictionary<string, AttributeValue>> ItemsFor(Product product)
    {
        var terms = SearchTerms.Of(product.Name, product.Category);
        if (terms.Count > SearchTerms.MaxPerProduct)
        {
            // The validators refuse such a name before it gets here.
            throw new InvalidOperationException($"Product {product.ProductId} has {terms.Count} search terms, more than {SearchTerms.MaxPerProduct}");
        }
        return terms.Select(term =>
        {
            var item = ProductsTable.Item(product);
            item.Remove(ProductsTable.Description);
            item[Term] = Attr.Text(term);
            return item;
        });
    }

    /// <summary>Adds to <paramref name="write"/> what keeps the index true when the product goes from
    /// <paramref name="before"/> to <paramref name="after"/> (null: not there): every term item of
    /// the new product put again, and the items of terms it lost deleted.</summary>
    public void Write(WriteTransaction write, Product? before, Product? after)
    {
        foreach (var item in after is null ? [] : ItemsFor(after))
        {
            write.Put(new Put { TableName = options.SearchTableName, Item = item });
        }
        // A product written before the index (revision 0) has no items to delete.
        if (before is { Revision: > 0 })
        {
            var kept = after is null ? [] : SearchTerms.Of(after.Name, after.Category);
            foreach (var term in SearchTerms.Of(before.Name, before.Category).Except(kept))
            {
                write.Delete(new Delete
                {
                    TableName = options.SearchTableName,
                    Key = Attr.Map((Term, Attr.Text(term)), (ProductsTable.ProductId, Attr.Text(before.ProductId))),
                });
            }
        }
    }

    public string CursorScope(ProductSearch search, string? category) =>
        category is null ? $"products/search/{search.Term}" : $"products/search/{search.Term}/category/{category}";

    /// <summary>Reads the term's items in product id order and keeps those the whole search (and the
    /// category) matches: at most <see cref="MaxReads"/> Queries, each of a bounded number of items, so
    /// a page may come back short with a cursor. A search of the term alone reads exactly a page.</summary>
    public async Task<Page<Product>> SearchAsync(ProductSearch search, string? category, PageRequest page, CancellationToken cancellationToken)
    {
        var everyItemMatches = search.IsTermOnly && category is null;
        var found = new List<Product>();
        var startKey = page.StartKey;
        for (var reads = 0; reads < MaxReads && (reads == 0 || startKey is not null); reads++)
        {
            var read = await dynamoDb.QueryPageAsync(new QueryRequest
            {
                TableName = options.SearchTableName,
                KeyConditionExpression = "#term = :term",
                ExpressionAttributeNames = new() { ["#term"] = Term },
                ExpressionAttributeValues = Attr.Map((":term", Attr.Text(search.Term))),
                ExclusiveStartKey = startKey,
                // One more than the page tells whether another follows; a filtered read looks further.
                Limit = everyItemMatches ? page.Size - found.Count + 1 : FilteredReadSize(page.Size, reads),
            }, item => item, cancellationToken);
            for (var i = 0; i < read.Items.Count; i++)
            {
                var product = ProductsTable.ToProduct(read.Items[i]);
                if (everyItemMatches || ((category is null || product.Category == category) && search.Matches(product)))
                {
                    found.Add(product);
                }
                if (found.Count == page.Size)
                {
                    var more = i < read.Items.Count - 1 || read.LastKey is not null;
                    return new Page<Product>(found, more ? Attr.Map((Term, read.Items[i][Term]), (ProductsTable.ProductId, read.Items[i][ProductsTable.ProductId])) : null);
                }
            }
            startKey = read.LastKey;
        }
        return new Page<Product>(found, startKey);
    }

    /// <summary>How many items the nth read of a filtered search looks at: twice the page first, since
    /// a common word fills its page from its term's first items (<c>lamp</c> from <c>lam</c>); then ten
    /// and twenty times the page for a search that keeps few of them (two words, a word and a category),
    /// about what one read of ten times the page each time read before (bench: docs/performance.md).</summary>
    internal static int FilteredReadSize(int pageSize, int read) => Math.Min(MaxItemsPerRead, pageSize * FilteredReadPages[read]);

    private static readonly int[] FilteredReadPages = [2, 10, 20];
}
