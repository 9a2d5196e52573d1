using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Notifications.Domain;

namespace CloudRetail.Notifications.Persistence;

/// <summary>The only code that knows the Notifications table's attribute names. The status index
/// lists one status's notifications newest first.</summary>
internal sealed class NotificationsTable(IAmazonDynamoDB dynamoDb, NotificationsOptions options)
{
    private const string NotificationId = "notificationId", Type = "type", Recipient = "recipient", UserId = "userId", OrderId = "orderId";
    private const string Amount = "amount", Currency = "currency", Lines = "lines", Status = "status", Error = "error", MessageId = "messageId";
    private const string Attempts = "attempts", CreatedAt = "createdAt", UpdatedAt = "updatedAt", RetryLeaseUntil = "retryLeaseUntil";
    private const string LineName = "name", LineQty = "qty", LinePrice = "price", InvoiceLinked = "invoiceLinked";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, NotificationId).WithIndex(NotificationsOptions.StatusIndex, Status, CreatedAt);

    public async Task AddAsync(Notification notification, CancellationToken cancellationToken) =>
        await dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = ToItem(notification),
            ConditionExpression = $"attribute_not_exists({NotificationId})",
        }, cancellationToken);

    public async Task<Notification?> FindAsync(string notificationId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(notificationId), consistentRead: true, cancellationToken) is { } item ? ToNotification(item) : null;

    /// <summary>Takes the right to resend a failed notification until <paramref name="leaseUntil"/>,
    /// so two admins pressing retry at once send one e-mail. False when it is not failed (any more)
    /// or another retry holds an unexpired lease.</summary>
    public Task<bool> ClaimRetryAsync(string notificationId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(notificationId),
            UpdateExpression = $"SET {RetryLeaseUntil} = :leaseUntil",
            ConditionExpression = $"#status = :failed AND (attribute_not_exists({RetryLeaseUntil}) OR {RetryLeaseUntil} < :now)",
            ExpressionAttributeNames = new() { ["#status"] = Status },
            ExpressionAttributeValues = Attr.Map((":leaseUntil", Attr.Timestamp(leaseUntil)), (":failed", Attr.Enum(NotificationStatus.Failed)), (":now", Attr.Timestamp(now))),
        }, cancellationToken));

    /// <summary>Records how a retry went and gives up the lease; false when the lease was lost meanwhile.</summary>
    public Task<bool> SaveRetryAsync(Notification notification, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.PutItemAsync(new PutItemRequest
        {
            TableName = options.TableName,
            Item = ToItem(notification),
            ConditionExpression = $"{RetryLeaseUntil} = :leaseUntil",
            ExpressionAttributeValues = Attr.Map((":leaseUntil", Attr.Timestamp(leaseUntil))),
        }, cancellationToken));

    /// <summary>A page of notifications: of one status newest first through the index, or else the whole table.</summary>
    public Task<Page<Notification>> PageAsync(NotificationStatus? status, PageRequest page, CancellationToken cancellationToken) => status is null
        ? dynamoDb.ScanPageAsync(new ScanRequest { TableName = options.TableName, Limit = page.Size, ExclusiveStartKey = page.StartKey }, ToNotification, cancellationToken)
        : dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = NotificationsOptions.StatusIndex,
            KeyConditionExpression = "#status = :status",
            ExpressionAttributeNames = new() { ["#status"] = Status },
            ExpressionAttributeValues = Attr.Map((":status", Attr.Enum(status.Value))),
            ScanIndexForward = false,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, ToNotification, cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string notificationId) => Attr.Map((NotificationId, Attr.Text(notificationId)));

    private static Dictionary<string, AttributeValue> ToItem(Notification n) => Attr.Map(
        (NotificationId, Attr.Text(n.NotificationId)), (Type, Attr.Text(n.Type.WireName())), (Recipient, Attr.Text(n.Recipient)),
        (UserId, Attr.Text(n.UserId)), (Status, Attr.Enum(n.Status)), (Attempts, Attr.Number(n.Attempts)), (CreatedAt, Attr.Timestamp(n.CreatedAt)),
        (OrderId, Attr.TextOrNull(n.OrderId)), (Currency, Attr.TextOrNull(n.Currency)), (Error, Attr.TextOrNull(n.Error)),
        (MessageId, Attr.TextOrNull(n.MessageId)), (Amount, Attr.NumberOrNull(n.Amount)), (UpdatedAt, Attr.TimestampOrNull(n.UpdatedAt)),
        (Lines, n.Lines.Count == 0 ? null : Attr.List(n.Lines, line => Attr.Map(
            (LineName, Attr.Text(line.Name)), (LineQty, Attr.Number(line.Qty)), (LinePrice, Attr.Number(line.Price))))),
        (InvoiceLinked, n.InvoiceLinked ? new AttributeValue { BOOL = true } : null));

    private static Notification ToNotification(Dictionary<string, AttributeValue> item) => new(
        item.Text(NotificationId), NotificationTypes.Parse(item.Text(Type)), item.Text(Recipient), item.Text(UserId),
        item.TextOrNull(OrderId), item.AmountOrNull(Amount), item.TextOrNull(Currency),
        item.List(Lines, line => new EmailLine(line.Text(LineName), line.Quantity(LineQty), line.Amount(LinePrice))),
        item.Enum<NotificationStatus>(Status), item.TextOrNull(Error), item.TextOrNull(MessageId), item.Quantity(Attempts),
        item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt), item.TryGetValue(InvoiceLinked, out var linked) && linked.BOOL == true);
}
