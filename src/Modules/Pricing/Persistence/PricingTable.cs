using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Pricing.Persistence;

/// <summary>
/// The only code that knows the Pricing table. Partition <c>kind</c>, sort <c>id</c>: shipping
/// methods, tax rates and discount codes each under their kind (so staff list one kind with one
/// query, and checkout reads each by key), and each code's redemptions by shopper under
/// <c>REDEMPTIONS#&lt;code&gt;</c>. A code counts its redemptions in <c>redeemed</c>, raised in
/// the checkout's transaction on condition that it stays under <c>redemptionLimit</c>.
/// </summary>
internal sealed partial class PricingTable(IAmazonDynamoDB dynamoDb, PricingOptions options)
{
    private const string Kind = "kind", Id = "id";
    internal const string ShippingItems = "SHIPPING_METHOD", TaxItems = "TAX_RATE", DiscountItems = "DISCOUNT_CODE";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, Kind, Id);

    private string TableName => options.TableName;

    private static Dictionary<string, AttributeValue> Key(string kind, string id) => Attr.Map((Kind, Attr.Text(kind)), (Id, Attr.Text(id)));

    private static AttributeValue Bool(bool value) => new() { BOOL = value };

    private static bool Bool(Dictionary<string, AttributeValue> item, string name) => item.TryGetValue(name, out var value) && value.BOOL == true;

    private static int? IntOrNull(Dictionary<string, AttributeValue> item, string name) => item.ContainsKey(name) ? item.Quantity(name) : null;

    private Task<Page<T>> ListAsync<T>(string kind, Func<Dictionary<string, AttributeValue>, T> map, Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken) =>
        dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = TableName,
            KeyConditionExpression = $"{Kind} = :kind",
            ExpressionAttributeValues = Attr.Map((":kind", Attr.Text(kind))),
            ExclusiveStartKey = startKey,
        }, map, cancellationToken);

    private async Task<IReadOnlyList<T>> ListAllAsync<T>(string kind, Func<Dictionary<string, AttributeValue>, T?> map, CancellationToken cancellationToken)
        where T : class
    {
        var all = new List<T>();
        await foreach (var item in Tables.ReadAllAsync((startKey, ct) => ListAsync(kind, map, startKey, ct), cancellationToken))
        {
            if (item is not null)
            {
                all.Add(item);
            }
        }
        return all;
    }

    /// <summary>Puts an item; false when the condition (<paramref name="marker"/> exists, or not) was refused.</summary>
    private Task<bool> PutAsync(Dictionary<string, AttributeValue> item, bool mustExist, CancellationToken cancellationToken, string marker = Kind) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = TableName,
            Item = item,
            ConditionExpression = mustExist ? $"attribute_exists({marker})" : $"attribute_not_exists({marker})",
        }, cancellationToken));

    private Task<bool> DeleteAsync(string kind, string id, CancellationToken cancellationToken, string marker = Kind) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = TableName,
            Key = Key(kind, id),
            ConditionExpression = $"attribute_exists({marker})",
        }, cancellationToken));
}
