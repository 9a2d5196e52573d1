using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Cart.Persistence;

/// <summary>The only code that knows the Cart table's attribute names. One item per shopper; a
/// version number makes every save conditional on nobody having saved in between.</summary>
internal sealed class CartTable(IAmazonDynamoDB dynamoDb, CartOptions options, TimeProvider clock)
{
    private const string UserId = "userId";
    private const string Items = "items";
    private const string Version = "version";
    private const string UpdatedAt = "updatedAt";

    public static TableDefinition Definition(string tableName) => new(new CreateTableRequest
    {
        TableName = tableName,
        BillingMode = BillingMode.PAY_PER_REQUEST,
        KeySchema = [new KeySchemaElement(UserId, KeyType.HASH)],
        AttributeDefinitions = [new AttributeDefinition(UserId, ScalarAttributeType.S)],
    });

    public async Task<ShopperCart> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = Key(userId),
            ConsistentRead = true,
        }, cancellationToken);
        return response.IsItemSet ? ToCart(response.Item) : new ShopperCart(userId, [], 0, null);
    }

    /// <summary>Adds the shopper's cart to the caller's batch, read consistently; an empty one when they have none.</summary>
    public BatchedRead<ShopperCart> Find(ReadBatch batch, string userId) =>
        batch.Add(options.TableName, Key(userId), consistentRead: true, item => item is null ? new ShopperCart(userId, [], 0, null) : ToCart(item));

    /// <summary>Saves the cart as the next version; null when someone saved since it was read.</summary>
    public async Task<ShopperCart?> SaveAsync(ShopperCart cart, CancellationToken cancellationToken)
    {
        var saved = cart with { Version = cart.Version + 1, UpdatedAt = clock.GetUtcNow() };
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = options.TableName,
                Item = ToItem(saved),
                ConditionExpression = $"attribute_not_exists({UserId}) OR {Version} = :read",
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":read"] = Number(cart.Version) },
            }, cancellationToken);
            return saved;
        }
        catch (ConditionalCheckFailedException)
        {
            return null;
        }
    }

    /// <summary>Empties the cart as its next version, whatever it held. Deleting the item instead would
    /// let an add that read the old version save the old lines again.</summary>
    public async Task EmptyAsync(string userId, CancellationToken cancellationToken) =>
        await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(userId),
            UpdateExpression = $"SET #items = :none, {UpdatedAt} = :now ADD {Version} :one",
            ExpressionAttributeNames = ItemsName,
            ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [":none"] = new() { L = [] },
                [":now"] = Timestamp(clock.GetUtcNow()),
                [":one"] = Number(1),
            },
        }, cancellationToken);

    /// <summary>Empties the cart as its next version, on condition that it is still the version read.</summary>
    public Update EmptyIfUnchanged(ShopperCart cart) => new()
    {
        TableName = options.TableName,
        Key = Key(cart.UserId),
        UpdateExpression = $"SET #items = :none, {UpdatedAt} = :now, {Version} = :next",
        ExpressionAttributeNames = ItemsName,
        ConditionExpression = $"{Version} = :read",
        ExpressionAttributeValues = new Dictionary<string, AttributeValue>
        {
            [":none"] = new() { L = [] },
            [":now"] = Timestamp(clock.GetUtcNow()),
            [":next"] = Number(cart.Version + 1),
            [":read"] = Number(cart.Version),
        },
    };

    /// <summary>"items" is a DynamoDB reserved word.</summary>
    private static Dictionary<string, string> ItemsName => new() { ["#items"] = Items };

    private static Dictionary<string, AttributeValue> Key(string userId) => new() { [UserId] = new() { S = userId } };

    private static AttributeValue Number(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    private static AttributeValue Timestamp(DateTimeOffset value) => new() { S = value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) };

    private static Dictionary<string, AttributeValue> ToItem(ShopperCart cart) => new()
    {
        [UserId] = new() { S = cart.UserId },
        [Items] = new()
        {
            L = cart.Lines.Select(l => new AttributeValue
            {
                M = new Dictionary<string, AttributeValue>
                {
                    ["productId"] = new() { S = l.ProductId },
                    ["name"] = new() { S = l.Name },
                    ["qty"] = Number(l.Qty),
                    ["price"] = Number(l.Price),
                    ["currency"] = new() { S = l.Currency },
                },
            }).ToList(),
        },
        [Version] = Number(cart.Version),
        [UpdatedAt] = Timestamp(cart.UpdatedAt!.Value),
    };

    private static ShopperCart ToCart(Dictionary<string, AttributeValue> item) => new(
        item[UserId].S,
        (item[Items].L ?? []).Select(l => new CartLine(
            l.M["productId"].S,
            l.M["name"].S,
            int.Parse(l.M["qty"].N, CultureInfo.InvariantCulture),
            decimal.Parse(l.M["price"].N, CultureInfo.InvariantCulture),
            l.M["currency"].S)).ToList(),
        long.Parse(item[Version].N, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(item[UpdatedAt].S, CultureInfo.InvariantCulture));
}
