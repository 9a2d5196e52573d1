using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders;

/// <summary>What live orders hold in the warehouse, for Inventory's reconciliation: the lines of every
/// order that still has its stock reserved, read from the status index page by page.</summary>
internal sealed class PendingReservations(IAmazonDynamoDB dynamoDb, OrdersOptions options) : IReservationHolders
{
    /// <summary>Statuses whose orders keep their stock reserved (paid orders sold it, cancelled ones released it).</summary>
    private static readonly string[] Holding = [OrderStatus.Pending, "PAYING"];

    public async Task<IReadOnlyDictionary<string, int>> PendingQuantitiesAsync(CancellationToken cancellationToken)
    {
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var status in Holding)
        {
            Dictionary<string, AttributeValue>? startKey = null;
            do
            {
                var page = await dynamoDb.QueryAsync(new QueryRequest
                {
                    TableName = options.TableName,
                    IndexName = OrdersOptions.ByStatusIndex,
                    KeyConditionExpression = "#status = :status",
                    ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = "status" },
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":status"] = new() { S = status } },
                    ExclusiveStartKey = startKey,
                }, cancellationToken);
                foreach (var line in page.Items.Select(OrderItems.ToOrder).SelectMany(o => o.StockLines()))
                {
                    held[line.ProductId] = held.GetValueOrDefault(line.ProductId) + line.Quantity;
                }
                startKey = page.LastEvaluatedKey is { Count: > 0 } last ? last : null;
            }
            while (startKey is not null);
        }
        return held;
    }
}
