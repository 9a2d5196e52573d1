using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Persistence;

/// <summary>The only code that knows the Products table's attribute names. The category index lists
/// one category's products by id. Every write of a product writes its search index items
/// (<see cref="SearchIndexTable"/>) in the same transaction, on condition that the product is still
/// the revision the write read.</summary>
internal sealed class ProductsTable(IAmazonDynamoDB dynamoDb, Transactions transactions, SearchIndexTable searchIndex, CatalogOptions options)
{
    internal const string ProductId = "productId", Name = "name", Category = "category", Price = "price", Currency = "currency";
    internal const string ImageKey = "imageKey", CreatedAt = "createdAt", UpdatedAt = "updatedAt", Revision = "revision";
    internal const string Description = "description";

    /// <summary>Two staff edits of one product at once: the loser reads again and writes again.</summary>
    private const int MaxAttempts = 10;

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, ProductId).WithIndex(CatalogOptions.CategoryIndex, Category, ProductId);

    public async Task<Product?> FindAsync(string productId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(productId), consistentRead: false, cancellationToken) is { } item ? ToProduct(item) : null;

    /// <summary>Adds the product to the caller's batch; null after the read when there is none.</summary>
    public BatchedRead<Product?> Find(ReadBatch batch, string productId) =>
        batch.Add(options.TableName, Key(productId), consistentRead: false, item => item is null ? null : ToProduct(item));

    public async Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken) =>
        (await transactions.ReadEachAsync(productIds, Find, cancellationToken)).OfType<Product>().ToList();

    /// <summary>A page of products, by category through its index or else the whole table.</summary>
    public Task<Page<Product>> PageAsync(string? category, PageRequest page, CancellationToken cancellationToken) =>
        category is null
            ? dynamoDb.ScanPageAsync(new ScanRequest { TableName = options.TableName, Limit = page.Size, ExclusiveStartKey = page.StartKey }, ToProduct, cancellationToken)
            : dynamoDb.QueryPageAsync(new QueryRequest
            {
                TableName = options.TableName,
                IndexName = CatalogOptions.CategoryIndex,
                KeyConditionExpression = $"{Category} = :category",
                ExpressionAttributeValues = Attr.Map((":category", Attr.Text(category))),
                Limit = page.Size,
                ExclusiveStartKey = page.StartKey,
            }, ToProduct, cancellationToken);

    /// <summary>Adds a product and its search terms, with whatever <paramref name="alongside"/> adds to the
    /// same transaction (the audit entry of an admin's write); false when its id is taken.</summary>
    public async Task<bool> AddAsync(Product product, CancellationToken cancellationToken, Alongside? alongside = null)
    {
        var added = product with { Revision = 1 };
        var write = transactions.BeginWrite();
        write.Put(new Put { TableName = options.TableName, Item = Item(added), ConditionExpression = $"attribute_not_exists({ProductId})" },
            new ProductExists(product.ProductId));
        searchIndex.Write(write, before: null, after: added);
        alongside?.Invoke(write, null, added);
        return (await write.CommitAsync(cancellationToken)).IsCommitted;
    }

    /// <summary>Writes products and their search index items with BatchWriteItem (25 items a call, a few
    /// calls at once), without conditions: filling an empty catalog, not editing one in use.</summary>
    public async Task ImportAsync(IEnumerable<Product> products, CancellationToken cancellationToken)
    {
        var writes = products.Select(p => p with { Revision = 1 }).SelectMany(product =>
            SearchIndexTable.ItemsFor(product).Select(item => (Table: options.SearchTableName, Item: item))
                .Prepend((Table: options.TableName, Item: Item(product))));
        await Parallel.ForEachAsync(writes.Chunk(25), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (chunk, ct) =>
        {
            var request = chunk.GroupBy(w => w.Table).ToDictionary(
                g => g.Key, g => g.Select(w => new WriteRequest { PutRequest = new PutRequest { Item = w.Item } }).ToList());
            while (request.Count > 0)
            {
                request = (await dynamoDb.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = request }, ct)).UnprocessedItems ?? [];
            }
        });
    }

    public Task<Product?> SetImageAsync(string productId, string imageKey, DateTimeOffset now, CancellationToken cancellationToken, Alongside? alongside = null) =>
        EditAsync(productId, current => current with { ImageKey = imageKey, UpdatedAt = now }, cancellationToken, alongside);

    /// <summary>Writes the product again as it is, with every search term it has: what the index
    /// rebuild does for a product written before the index. Null when absent.</summary>
    public Task<Product?> ReindexAsync(string productId, CancellationToken cancellationToken) =>
        EditAsync(productId, current => current, cancellationToken);

    /// <summary>Deletes a product and its search terms; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string productId, CancellationToken cancellationToken, Alongside? alongside = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindCurrentAsync(productId, cancellationToken) is not { } current)
            {
                return false;
            }
            var write = transactions.BeginWrite();
            var (condition, values) = Unchanged(current);
            write.Delete(new Delete { TableName = options.TableName, Key = Key(productId), ConditionExpression = condition, ExpressionAttributeValues = values },
                new ProductChanged(productId));
            searchIndex.Write(write, before: current, after: null);
            alongside?.Invoke(write, current, null);
            if ((await write.CommitAsync(cancellationToken)).IsCommitted)
            {
                return true;
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Product {productId} kept changing while being deleted");
            }
        }
    }

    /// <summary>Reads the product, applies <paramref name="edit"/> and writes the result with its
    /// search terms, unless someone wrote the product in between (then it reads again); null when absent.</summary>
    public async Task<Product?> EditAsync(string productId, Func<Product, Product> edit, CancellationToken cancellationToken, Alongside? alongside = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindCurrentAsync(productId, cancellationToken) is not { } current)
            {
                return null;
            }
            var changed = edit(current) with { ProductId = productId, Revision = current.Revision + 1 };
            var write = transactions.BeginWrite();
            var (condition, values) = Unchanged(current);
            write.Put(new Put { TableName = options.TableName, Item = Item(changed), ConditionExpression = condition, ExpressionAttributeValues = values },
                new ProductChanged(productId));
            searchIndex.Write(write, before: current, after: changed);
            alongside?.Invoke(write, current, changed);
            if ((await write.CommitAsync(cancellationToken)).IsCommitted)
            {
                return changed;
            }
            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Product {productId} kept changing while being written");
            }
        }
    }

    private async Task<Product?> FindCurrentAsync(string productId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(productId), consistentRead: true, cancellationToken) is { } item ? ToProduct(item) : null;

    /// <summary>The condition that the product is still the revision that was read (a product written
    /// before revisions were counted has none).</summary>
    private static (string Condition, Dictionary<string, AttributeValue>? Values) Unchanged(Product current) =>
        current.Revision == 0
            ? ($"attribute_exists({ProductId}) AND attribute_not_exists({Revision})", null)
            : ($"{Revision} = :revision", Attr.Map((":revision", Attr.Number(current.Revision))));

    private static Dictionary<string, AttributeValue> Key(string productId) => Attr.Map((ProductId, Attr.Text(productId)));

    /// <summary>The product as an item; the search index items carry the same attributes.</summary>
    internal static Dictionary<string, AttributeValue> Item(Product product) =>
        Attr.Map((ProductId, Attr.Text(product.ProductId)), (Name, Attr.Text(product.Name)), (Category, Attr.Text(product.Category)),
            (Price, Attr.Number(product.Price)), (Currency, Attr.Text(product.Currency)), (ImageKey, Attr.TextOrNull(product.ImageKey)),
            (CreatedAt, Attr.Timestamp(product.CreatedAt)), (UpdatedAt, Attr.TimestampOrNull(product.UpdatedAt)),
            (Revision, product.Revision > 0 ? Attr.Number(product.Revision) : null), (Description, Attr.TextOrNull(product.Description)));

    internal static Product ToProduct(Dictionary<string, AttributeValue> item) => new(
        item.Text(ProductId), item.Text(Name), item.Text(Category), item.Amount(Price), item.Text(Currency),
        item.TextOrNull(ImageKey), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt),
        item.ContainsKey(Revision) ? item.LongNumber(Revision) : 0, item.TextOrNull(Description));
}

/// <summary>What a caller adds to a product write's transaction, knowing the product before (null when
/// created) and after (null when deleted) the write: it commits with the write, or not at all.</summary>
internal delegate void Alongside(WriteTransaction transaction, Product? before, Product? after);

/// <summary>A product with this id is already in the catalog.</summary>
internal sealed record ProductExists(string ProductId) : ConditionFailure;

/// <summary>The product was written by someone else after this write read it.</summary>
internal sealed record ProductChanged(string ProductId) : ConditionFailure;
