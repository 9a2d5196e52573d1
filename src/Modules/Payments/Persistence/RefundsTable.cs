using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Persistence;

/// <summary>The only code that knows the Refunds table's attribute names: one item per refund, keyed by
/// its order and its id, so an order's refunds are one query. GSI1 (status, createdAt) finds refunds
/// left PENDING for the sweep.</summary>
internal sealed class RefundsTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string OrderId = "orderId", RefundId = "refundId", PaymentId = "paymentId", UserId = "userId", Amount = "amount";
    private const string Currency = "currency", Reason = "reason", Lines = "lines", Provider = "provider", Status = "status";
    private const string RequestedBy = "requestedBy", CreatedAt = "createdAt", UpdatedAt = "updatedAt", ProductId = "productId", Qty = "qty";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, OrderId, RefundId).WithIndex(ShopIndexes.RefundsByStatus, Status, CreatedAt);

    public void Add(WriteTransaction transaction, Refund refund) => transaction.Put(new Put
    {
        TableName = options.RefundsTableName,
        Item = Attr.Map((OrderId, Attr.Text(refund.OrderId)), (RefundId, Attr.Text(refund.RefundId)), (PaymentId, Attr.Text(refund.PaymentId)),
            (UserId, Attr.Text(refund.UserId)), (Amount, Attr.Number(refund.Amount)), (Currency, Attr.Text(refund.Currency)),
            (Reason, Attr.Text(refund.Reason)), (Provider, Attr.Enum(refund.Provider)), (Status, Attr.Enum(refund.Status)),
            (RequestedBy, Attr.Text(refund.RequestedBy)), (CreatedAt, Attr.Timestamp(refund.CreatedAt)),
            (Lines, Attr.List(refund.Lines, l => Attr.Map((ProductId, Attr.Text(l.ProductId)), (Qty, Attr.Number(l.Qty)), (Amount, Attr.Number(l.Amount)))))),
        ConditionExpression = $"attribute_not_exists({RefundId})",
    }, new RefundAlreadyExists(refund.RefundId));

    /// <summary>The refund moves from PENDING to its outcome, only if it is still PENDING.</summary>
    public void Settle(WriteTransaction transaction, Refund refund, RefundStatus to, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.RefundsTableName,
        Key = Key(refund.OrderId, refund.RefundId),
        UpdateExpression = "SET #status = :to, #updatedAt = :now",
        ConditionExpression = "#status = :pending",
        ExpressionAttributeNames = new() { ["#status"] = Status, ["#updatedAt"] = UpdatedAt },
        ExpressionAttributeValues = Attr.Map((":pending", Attr.Enum(RefundStatus.Pending)), (":to", Attr.Enum(to)), (":now", Attr.Timestamp(now))),
    }, new RefundMoved(refund.RefundId));

    public async Task<Refund?> FindAsync(string orderId, string refundId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.RefundsTableName, Key(orderId, refundId), consistentRead: true, cancellationToken) is { } item ? ToRefund(item) : null;

    /// <summary>Every refund of the order, oldest first (ids are random, so sorted here by time).</summary>
    public async Task<IReadOnlyList<Refund>> ForOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        var all = new List<Refund>();
        await foreach (var refund in Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.RefundsTableName,
            KeyConditionExpression = "#orderId = :orderId",
            ExpressionAttributeNames = new() { ["#orderId"] = OrderId },
            ExpressionAttributeValues = Attr.Map((":orderId", Attr.Text(orderId))),
            ConsistentRead = true,
            ExclusiveStartKey = startKey,
        }, ToRefund, ct), cancellationToken))
        {
            all.Add(refund);
        }
        return all.OrderBy(r => r.CreatedAt).ThenBy(r => r.RefundId, StringComparer.Ordinal).ToList();
    }

    /// <summary>How many items are in <paramref name="status"/>, up to <paramref name="cap"/> + 1 (one Query of the status index).</summary>
    public Task<int> CountInStatusAsync(RefundStatus status, int cap, CancellationToken cancellationToken) =>
        dynamoDb.CountUpToAsync(options.RefundsTableName, ShopIndexes.RefundsByStatus, Status, Attr.Enum(status), cap, cancellationToken);

    /// <summary>Refunds still PENDING that were recorded before <paramref name="cutoff"/>, oldest first.</summary>
    public IAsyncEnumerable<Refund> PendingBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.RefundsTableName,
            IndexName = ShopIndexes.RefundsByStatus,
            KeyConditionExpression = "#status = :pending AND #createdAt < :cutoff",
            ExpressionAttributeNames = new() { ["#status"] = Status, ["#createdAt"] = CreatedAt },
            ExpressionAttributeValues = Attr.Map((":pending", Attr.Enum(RefundStatus.Pending)), (":cutoff", Attr.Timestamp(cutoff))),
            ExclusiveStartKey = startKey,
        }, ToRefund, ct), cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string orderId, string refundId) =>
        Attr.Map((OrderId, Attr.Text(orderId)), (RefundId, Attr.Text(refundId)));

    private static Refund ToRefund(Dictionary<string, AttributeValue> item) => new(
        item.Text(RefundId), item.Text(OrderId), item.Text(PaymentId), item.Text(UserId), item.Amount(Amount), item.Text(Currency), item.Text(Reason),
        item.List(Lines, l => new RefundedLine(l.Text(ProductId), l.Quantity(Qty), l.Amount(Amount))),
        item.Enum<PaymentProviderKind>(Provider), item.Enum<RefundStatus>(Status), item.Text(RequestedBy), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt));
}
