using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Persistence;

/// <summary>The only code that knows the Products table's attribute names.</summary>
internal sealed class ProductsTable(IAmazonDynamoDB dynamoDb, CatalogOptions options)
{
    private const string ProductId = "productId";
    private const string Name = "name";
    private const string Category = "category";
    private const string Price = "price";
    private const string Currency = "currency";
    private const string ImageKey = "imageKey";
    private const string CreatedAt = "createdAt";
    private const string UpdatedAt = "updatedAt";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(ProductId, KeyType.HASH)],
        AttributeDefinitions =
        [
            new AttributeDefinition(ProductId, ScalarAttributeType.S),
            new AttributeDefinition(Category, ScalarAttributeType.S),
        ],
        GlobalSecondaryIndexes =
        [
            new GlobalSecondaryIndex
            {
                IndexName = CatalogOptions.CategoryIndex,
                KeySchema = [new KeySchemaElement(Category, KeyType.HASH), new KeySchemaElement(ProductId, KeyType.RANGE)],
                Projection = new Projection { ProjectionType = ProjectionType.ALL },
            },
        ],
    });

    public async Task<Product?> FindAsync(string productId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = options.TableName, Key = Key(productId) }, cancellationToken);
        return response.IsItemSet ? ToProduct(response.Item) : null;
    }

    /// <summary>Adds the product to the caller's batch; null after the read when there is none.</summary>
    public BatchedRead<Product?> Find(ReadBatch batch, string productId) =>
        batch.Add(options.TableName, Key(productId), consistentRead: false, item => item is null ? null : ToProduct(item));

    public async Task<IReadOnlyList<Product>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken)
    {
        var items = await dynamoDb.GetAllAsync(options.TableName, productIds.Distinct().Select(Key), consistentRead: false, cancellationToken);
        return items.Select(ToProduct).ToList();
    }

    /// <summary>A page of products, by category through its index or else the whole table.</summary>
    public async Task<(IReadOnlyList<Product> Items, Dictionary<string, AttributeValue>? LastKey)> PageAsync(
        string? category, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        var (items, lastKey) = await ReadAsync(category, limit, startKey, cancellationToken);
        return (items.Select(ToProduct).ToList(), lastKey);
    }

    /// <summary>Up to <paramref name="limit"/> products the search matches, reading the table (or the
    /// category's index) in 1 MB pages and filtering here: DynamoDB cannot compare case-insensitively.
    /// Stops after <see cref="MaxSearchReads"/> reads, so a page may come back short with a cursor.</summary>
    public async Task<(IReadOnlyList<Product> Items, Dictionary<string, AttributeValue>? LastKey)> SearchAsync(
        ProductSearch search, string? category, int limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        var found = new List<Product>();
        var key = startKey;
        for (var reads = 0; reads < MaxSearchReads && (reads == 0 || key is not null); reads++)
        {
            var (items, lastKey) = await ReadAsync(category, limit: null, key, cancellationToken);
            for (var i = 0; i < items.Count; i++)
            {
                var product = ToProduct(items[i]);
                if (!search.Matches(product))
                {
                    continue;
                }
                found.Add(product);
                if (found.Count == limit)
                {
                    var more = i < items.Count - 1 || lastKey is not null;
                    return (found, more ? KeyOf(items[i], category) : null);
                }
            }
            key = lastKey;
        }
        return (found, key);
    }

    /// <summary>Reads per search request at most; each is up to 1 MB, some 4,000 products.</summary>
    public const int MaxSearchReads = 5;

    private async Task<(List<Dictionary<string, AttributeValue>> Items, Dictionary<string, AttributeValue>? LastKey)> ReadAsync(
        string? category, int? limit, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken)
    {
        if (category is null)
        {
            var scan = await dynamoDb.ScanAsync(new ScanRequest { TableName = options.TableName, Limit = limit, ExclusiveStartKey = startKey }, cancellationToken);
            return (scan.Items, NullIfEmpty(scan.LastEvaluatedKey));
        }
        var query = await dynamoDb.QueryAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = CatalogOptions.CategoryIndex,
            KeyConditionExpression = $"{Category} = :category",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":category"] = new() { S = category } },
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, cancellationToken);
        return (query.Items, NullIfEmpty(query.LastEvaluatedKey));
    }

    /// <summary>Where a read resumes after this item: its table key, plus the index key when reading the index.</summary>
    private static Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> item, string? category) =>
        category is null
            ? new() { [ProductId] = item[ProductId] }
            : new() { [ProductId] = item[ProductId], [Category] = item[Category] };

    /// <summary>Adds a product; false when its id is taken.</summary>
    public async Task<bool> AddAsync(Product product, CancellationToken cancellationToken)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = options.TableName,
                Item = ToItem(product),
                ConditionExpression = $"attribute_not_exists({ProductId})",
            }, cancellationToken);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>Replaces an existing product's details, keeping when it was created; null when absent.</summary>
    public async Task<Product?> ReplaceAsync(Product product, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, AttributeValue>
        {
            [":name"] = new() { S = product.Name },
            [":category"] = new() { S = product.Category },
            [":price"] = Number(product.Price),
            [":currency"] = new() { S = product.Currency },
            [":updatedAt"] = Timestamp(product.UpdatedAt!.Value),
        };
        var set = $"SET #name = :name, {Category} = :category, {Price} = :price, {Currency} = :currency, {UpdatedAt} = :updatedAt";
        if (product.ImageKey is not null)
        {
            values[":imageKey"] = new() { S = product.ImageKey };
            set += $", {ImageKey} = :imageKey";
        }
        try
        {
            var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = options.TableName,
                Key = Key(product.ProductId),
                UpdateExpression = product.ImageKey is null ? set + $" REMOVE {ImageKey}" : set,
                ConditionExpression = $"attribute_exists({ProductId})",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#name"] = Name },
                ExpressionAttributeValues = values,
                ReturnValues = ReturnValue.ALL_NEW,
            }, cancellationToken);
            return ToProduct(response.Attributes);
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    public async Task<Product?> SetImageAsync(string productId, string imageKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var response = await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = options.TableName,
                Key = Key(productId),
                UpdateExpression = $"SET {ImageKey} = :imageKey, {UpdatedAt} = :now",
                ConditionExpression = $"attribute_exists({ProductId})",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":imageKey"] = new() { S = imageKey },
                    [":now"] = Timestamp(now),
                },
                ReturnValues = ReturnValue.ALL_NEW,
            }, cancellationToken);
            return ToProduct(response.Attributes);
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    /// <summary>Deletes a product; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string productId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = options.TableName,
            Key = Key(productId),
            ReturnValues = ReturnValue.ALL_OLD,
        }, cancellationToken);
        return response.Attributes is { Count: > 0 };
    }

    private static Dictionary<string, AttributeValue> Key(string productId) => new() { [ProductId] = new() { S = productId } };

    private static Dictionary<string, AttributeValue>? NullIfEmpty(Dictionary<string, AttributeValue>? key) => key is { Count: > 0 } ? key : null;

    private static AttributeValue Number(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static AttributeValue Timestamp(DateTimeOffset value) => new() { S = value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };

    private static Dictionary<string, AttributeValue> ToItem(Product product)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            [ProductId] = new() { S = product.ProductId },
            [Name] = new() { S = product.Name },
            [Category] = new() { S = product.Category },
            [Price] = Number(product.Price),
            [Currency] = new() { S = product.Currency },
            [CreatedAt] = Timestamp(product.CreatedAt),
        };
        if (product.ImageKey is not null)
        {
            item[ImageKey] = new() { S = product.ImageKey };
        }
        return item;
    }

    private static Product ToProduct(Dictionary<string, AttributeValue> item) => new(
        item[ProductId].S,
        item[Name].S,
        item[Category].S,
        decimal.Parse(item[Price].N, CultureInfo.InvariantCulture),
        item[Currency].S,
        item.TryGetValue(ImageKey, out var imageKey) ? imageKey.S : null,
        DateTimeOffset.Parse(item[CreatedAt].S, CultureInfo.InvariantCulture),
        item.TryGetValue(UpdatedAt, out var updatedAt) ? DateTimeOffset.Parse(updatedAt.S, CultureInfo.InvariantCulture) : null);
}
