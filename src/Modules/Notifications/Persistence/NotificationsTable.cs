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
    private const string LineName = "name", LineQty = "qty", LinePrice = "price", LineAmount = "amount", InvoiceLinked = "invoiceLinked";
    private const string Price = "priceBreakdown", Subtotal = "subtotal", Discount = "discount", DiscountCode = "discountCode", ShippingMethod = "shippingMethod";
    private const string Shipping = "shipping", Taxes = "taxes", Tax = "tax", TaxIncluded = "taxIncluded", Total = "total", TaxName = "name", TaxPercent = "percent";
    private const string DeliverTo = "deliverTo", CollectInStore = "collectInStore";

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

    /// <summary>How many items are in <paramref name="status"/>, up to <paramref name="cap"/> + 1 (one Query of the status index).</summary>
    public Task<int> CountInStatusAsync(NotificationStatus status, int cap, CancellationToken cancellationToken) =>
        dynamoDb.CountUpToAsync(options.TableName, NotificationsOptions.StatusIndex, Status, Attr.Enum(status), cap, cancellationToken);

    private static Dictionary<string, AttributeValue> Key(string notificationId) => Attr.Map((NotificationId, Attr.Text(notificationId)));

    internal static Dictionary<string, AttributeValue> ToItem(Notification n) => Attr.Map(
        (NotificationId, Attr.Text(n.NotificationId)), (Type, Attr.Text(n.Type.WireName())), (Recipient, Attr.Text(n.Recipient)),
        (UserId, Attr.Text(n.UserId)), (Status, Attr.Enum(n.Status)), (Attempts, Attr.Number(n.Attempts)), (CreatedAt, Attr.Timestamp(n.CreatedAt)),
        (OrderId, Attr.TextOrNull(n.OrderId)), (Currency, Attr.TextOrNull(n.Currency)), (Error, Attr.TextOrNull(n.Error)),
        (MessageId, Attr.TextOrNull(n.MessageId)), (Amount, Attr.NumberOrNull(n.Amount)), (UpdatedAt, Attr.TimestampOrNull(n.UpdatedAt)),
        (Lines, n.Lines.Count == 0 ? null : Attr.List(n.Lines, line => Attr.Map(
            (LineName, Attr.Text(line.Name)), (LineQty, Attr.Number(line.Qty)), (LinePrice, Attr.Number(line.Price)), (LineAmount, Attr.NumberOrNull(line.Amount))))),
        (InvoiceLinked, Attr.FlagOrNull(n.InvoiceLinked)),
        (Price, n.Price is { } price ? new AttributeValue { M = PriceItem(price) } : null),
        (DeliverTo, n.DeliverTo is { Collected: false } delivery ? new AttributeValue { L = delivery.AddressLines.Select(Attr.Text).ToList() } : null),
        (CollectInStore, Attr.FlagOrNull(n.DeliverTo is { Collected: true })));

    private static Dictionary<string, AttributeValue> PriceItem(EmailPrice price) => Attr.Map(
        (Subtotal, Attr.Number(price.Subtotal)), (Discount, Attr.Number(price.Discount)), (DiscountCode, Attr.TextOrNull(price.DiscountCode)),
        (ShippingMethod, Attr.TextOrNull(price.ShippingMethod)), (Shipping, Attr.Number(price.Shipping)), (Tax, Attr.Number(price.Tax)),
        (TaxIncluded, Attr.FlagOrNull(price.TaxIncluded)), (Total, Attr.Number(price.Total)),
        (Taxes, price.Taxes.Count == 0 ? null : Attr.List(price.Taxes, tax => Attr.Map((TaxName, Attr.Text(tax.Name)), (TaxPercent, Attr.Number(tax.Percent)), (Tax, Attr.Number(tax.Amount))))));

    private static EmailPrice ToPrice(Dictionary<string, AttributeValue> price) => new(
        price.Amount(Subtotal), price.Amount(Discount), price.TextOrNull(DiscountCode), price.TextOrNull(ShippingMethod), price.Amount(Shipping),
        price.List(Taxes, tax => new EmailTax(tax.Text(TaxName), tax.Amount(TaxPercent), tax.Amount(Tax))), price.Amount(Tax), price.Flag(TaxIncluded), price.Amount(Total));

    internal static Notification ToNotification(Dictionary<string, AttributeValue> item) => new(
        item.Text(NotificationId), NotificationTypes.Parse(item.Text(Type)), item.Text(Recipient), item.Text(UserId),
        item.TextOrNull(OrderId), item.AmountOrNull(Amount), item.TextOrNull(Currency),
        item.List(Lines, line => new EmailLine(line.Text(LineName), line.Quantity(LineQty), line.Amount(LinePrice), line.AmountOrNull(LineAmount))),
        item.Enum<NotificationStatus>(Status), item.TextOrNull(Error), item.TextOrNull(MessageId), item.Quantity(Attempts),
        item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt), item.Flag(InvoiceLinked),
        item.GetValueOrDefault(Price)?.M is { } price ? ToPrice(price) : null,
        item.GetValueOrDefault(DeliverTo)?.L is { } lines ? new EmailDelivery(lines.Select(line => line.S).ToList())
            : item.Flag(CollectInStore) ? EmailDelivery.CollectInStore : null);
}
