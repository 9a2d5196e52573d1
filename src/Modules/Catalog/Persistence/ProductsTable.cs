using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Persistence;

/// <summary>The only code that knows the Products table's attribute names. The category index lists
/// one category's products by id.</summary>
internal sealed class ProductsTable(IAmazonDynamoDB dynamoDb, Transactions transactions, CatalogOptions options)
{
    private const string ProductId = "productId", Name = "name", Category = "category", Price = "price", Currency = "currency";
    private const string ImageKey = "imageKey", CreatedAt = "createdAt", UpdatedAt = "updatedAt";

    /// <summary>Reads per search request at most; each is up to 1 MB, some 4,000 products.</summary>
    public const int MaxSearchReads = 5;

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
    public async Task<Page<Product>> PageAsync(string? category, PageRequest page, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(category, page.Size, page.StartKey, cancellationToken);
        return new Page<Product>(read.Items.Select(ToProduct).ToList(), read.LastKey);
    }

    /// <summary>Up to a page of products the search matches, reading the table (or the category's
    /// index) in 1 MB pages and filtering here: DynamoDB cannot compare case-insensitively. Stops
    /// after <see cref="MaxSearchReads"/> reads, so a page may come back short with a cursor.</summary>
    public async Task<Page<Product>> SearchAsync(ProductSearch search, string? category, PageRequest page, CancellationToken cancellationToken)
    {
        var found = new List<Product>();
        var key = page.StartKey;
        for (var reads = 0; reads < MaxSearchReads && (reads == 0 || key is not null); reads++)
        {
            var read = await ReadAsync(category, limit: null, key, cancellationToken);
            for (var i = 0; i < read.Items.Count; i++)
            {
                var product = ToProduct(read.Items[i]);
                if (search.Matches(product))
                {
                    found.Add(product);
                }
                if (found.Count == page.Size)
                {
                    var more = i < read.Items.Count - 1 || read.LastKey is not null;
                    return new Page<Product>(found, more ? ResumeAfter(read.Items[i], category) : null);
                }
            }
            key = read.LastKey;
        }
        return new Page<Product>(found, key);
    }

    private Task<Page<Dictionary<string, AttributeValue>>> ReadAsync(
        string? category, int? limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken) =>
        category is null
            ? dynamoDb.ScanPageAsync(new ScanRequest { TableName = options.TableName, Limit = limit, ExclusiveStartKey = startKey }, item => item, cancellationToken)
            : dynamoDb.QueryPageAsync(new QueryRequest
            {
                TableName = options.TableName,
                IndexName = CatalogOptions.CategoryIndex,
                KeyConditionExpression = $"{Category} = :category",
                ExpressionAttributeValues = Attr.Map((":category", Attr.Text(category))),
                Limit = limit,
                ExclusiveStartKey = startKey,
            }, item => item, cancellationToken);

    /// <summary>Where a read resumes after this item: its table key, plus the index key when reading the index.</summary>
    private static Dictionary<string, AttributeValue> ResumeAfter(Dictionary<string, AttributeValue> item, string? category) =>
        Attr.Map((ProductId, item[ProductId]), (Category, category is null ? null : item[Category]));

    /// <summary>Adds a product; false when its id is taken.</summary>
    public Task<bool> AddAsync(Product product, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = Attr.Map((ProductId, Attr.Text(product.ProductId)), (Name, Attr.Text(product.Name)), (Category, Attr.Text(product.Category)),
                (Price, Attr.Number(product.Price)), (Currency, Attr.Text(product.Currency)), (ImageKey, Attr.TextOrNull(product.ImageKey)),
                (CreatedAt, Attr.Timestamp(product.CreatedAt))),
            ConditionExpression = $"attribute_not_exists({ProductId})",
        }, cancellationToken));

    /// <summary>Replaces an existing product's details, keeping when it was created; null when absent.</summary>
    public Task<Product?> ReplaceAsync(Product product, CancellationToken cancellationToken) => UpdateExistingAsync(product.ProductId,
        $"SET #name = :name, {Category} = :category, {Price} = :price, {Currency} = :currency, {UpdatedAt} = :now"
            + (product.ImageKey is null ? $" REMOVE {ImageKey}" : $", {ImageKey} = :imageKey"),
        Attr.Map((":name", Attr.Text(product.Name)), (":category", Attr.Text(product.Category)), (":price", Attr.Number(product.Price)),
            (":currency", Attr.Text(product.Currency)), (":now", Attr.Timestamp(product.UpdatedAt!.Value)), (":imageKey", Attr.TextOrNull(product.ImageKey))),
        cancellationToken);

    public Task<Product?> SetImageAsync(string productId, string imageKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateExistingAsync(productId, $"SET {ImageKey} = :imageKey, {UpdatedAt} = :now",
            Attr.Map((":imageKey", Attr.Text(imageKey)), (":now", Attr.Timestamp(now))), cancellationToken);

    /// <summary>Deletes a product; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string productId, CancellationToken cancellationToken) =>
        (await dynamoDb.DeleteItemAsync(new DeleteItemRequest { TableName = options.TableName, Key = Key(productId), ReturnValues = ReturnValue.ALL_OLD }, cancellationToken))
            .Attributes is { Count: > 0 };

    private async Task<Product?> UpdateExistingAsync(string productId, string update, Dictionary<string, AttributeValue> values, CancellationToken cancellationToken)
    {
        UpdateItemResponse? response = null;
        var found = await Tables.IfConditionHoldsAsync(async () => response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(productId),
            UpdateExpression = update,
            ConditionExpression = $"attribute_exists({ProductId})",
            // "name" is a DynamoDB reserved word.
            ExpressionAttributeNames = update.Contains("#name", StringComparison.Ordinal) ? new() { ["#name"] = Name } : null,
            ExpressionAttributeValues = values,
            ReturnValues = ReturnValue.ALL_NEW,
        }, cancellationToken));
        return found ? ToProduct(response!.Attributes) : null;
    }

    private static Dictionary<string, AttributeValue> Key(string productId) => Attr.Map((ProductId, Attr.Text(productId)));

    private static Product ToProduct(Dictionary<string, AttributeValue> item) => new(
        item.Text(ProductId), item.Text(Name), item.Text(Category), item.Amount(Price), item.Text(Currency),
        item.TextOrNull(ImageKey), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt));
}
