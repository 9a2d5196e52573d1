using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Cart.Persistence;

/// <summary>The only code that knows the Cart table's attribute names. One item per shopper; a
/// version number makes every save conditional on nobody having saved in between.</summary>
internal sealed class CartTable(IAmazonDynamoDB dynamoDb, CartOptions options, TimeProvider clock)
{
    private const string UserId = "userId", Lines = "items", Version = "version", UpdatedAt = "updatedAt";
    private const string LineProductId = "productId", LineName = "name", LineQty = "qty", LinePrice = "price", LineCurrency = "currency";

    /// <summary>"items" is a DynamoDB reserved word.</summary>
    private static readonly Dictionary<string, string> LinesName = new() { ["#items"] = Lines };

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, UserId);

    public async Task<ShopperCart> FindAsync(string userId, CancellationToken cancellationToken) =>
        ToCart(userId, await dynamoDb.FindAsync(options.TableName, Key(userId), consistentRead: true, cancellationToken));

    /// <summary>Adds the shopper's cart to the caller's batch, read consistently; an empty one when they have none.</summary>
    public BatchedRead<ShopperCart> Find(ReadBatch batch, string userId) =>
        batch.Add(options.TableName, Key(userId), consistentRead: true, item => ToCart(userId, item));

    /// <summary>Saves the cart as the next version; null when someone saved since it was read.</summary>
    public async Task<ShopperCart?> SaveAsync(ShopperCart cart, CancellationToken cancellationToken)
    {
        var saved = cart with { Version = cart.Version + 1, UpdatedAt = clock.GetUtcNow() };
        return await Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = Attr.Map((UserId, Attr.Text(saved.UserId)), (Lines, Attr.List(saved.Lines, LineItem)), (Version, Attr.Number(saved.Version)),
                (UpdatedAt, Attr.Timestamp(saved.UpdatedAt!.Value))),
            ConditionExpression = $"attribute_not_exists({UserId}) OR {Version} = :read",
            ExpressionAttributeValues = Attr.Map((":read", Attr.Number(cart.Version))),
        }, cancellationToken)) ? saved : null;
    }

    /// <summary>Empties the cart as its next version, whatever it held. Deleting the item instead would
    /// let an add that read the old version save the old lines again.</summary>
    public async Task EmptyAsync(string userId, CancellationToken cancellationToken) =>
        await dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(userId),
            UpdateExpression = $"SET #items = :none, {UpdatedAt} = :now ADD {Version} :one",
            ExpressionAttributeNames = LinesName,
            ExpressionAttributeValues = Attr.Map((":none", new AttributeValue { L = [] }), (":now", Attr.Timestamp(clock.GetUtcNow())), (":one", Attr.Number(1))),
        }, cancellationToken);

    /// <summary>Empties the cart as its next version, on condition that it is still the version read.</summary>
    public void EmptyIfUnchanged(WriteTransaction transaction, ShopperCart cart) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(cart.UserId),
        UpdateExpression = $"SET #items = :none, {UpdatedAt} = :now, {Version} = :next",
        ExpressionAttributeNames = LinesName,
        ConditionExpression = $"{Version} = :read",
        ExpressionAttributeValues = Attr.Map((":none", new AttributeValue { L = [] }), (":now", Attr.Timestamp(clock.GetUtcNow())),
            (":next", Attr.Number(cart.Version + 1)), (":read", Attr.Number(cart.Version))),
    }, new CartChanged(cart.UserId));

    private static Dictionary<string, AttributeValue> Key(string userId) => Attr.Map((UserId, Attr.Text(userId)));

    private static Dictionary<string, AttributeValue> LineItem(CartLine line) => Attr.Map((LineProductId, Attr.Text(line.ProductId)),
        (LineName, Attr.Text(line.Name)), (LineQty, Attr.Number(line.Qty)), (LinePrice, Attr.Number(line.Price)), (LineCurrency, Attr.Text(line.Currency)));

    private static ShopperCart ToCart(string userId, Dictionary<string, AttributeValue>? item) => item is null
        ? new ShopperCart(userId, [], 0, null)
        : new ShopperCart(item.Text(UserId),
            item.List(Lines, l => new CartLine(l.Text(LineProductId), l.Text(LineName), l.Quantity(LineQty), l.Amount(LinePrice), l.Text(LineCurrency))),
            item.LongNumber(Version), item.Timestamp(UpdatedAt));
}
