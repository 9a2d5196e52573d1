using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Persistence;

/// <summary>The only code that knows the Orders table's attribute names (the original table's,
/// docs/compatibility.md). GSI1 lists a shopper's orders newest first; GSI2 finds orders by status
/// and age, for the staff's queue and the reservation sweep, its partition spread over
/// <see cref="OrdersOptions.StatusShards"/> shards (<c>statusShard</c> = <c>&lt;STATUS&gt;#&lt;n&gt;</c>, beside
/// <c>status</c>, written with it) and read through <see cref="ShardedQuery"/>; GSI3 finds a customer's orders by their
/// e-mail (as the order keeps it: the normalized, lower-case sign-in address). A per-shopper counter of unpaid orders
/// shares the key space under <c>UNPAID#&lt;userId&gt;</c>, with the count of their cash-on-delivery orders
/// whose cash is not yet collected; it has no status or createdAt, so no index lists it.
/// The price breakdown and the delivery address are kept by <see cref="OrderPriceItem"/>.</summary>
internal sealed class OrdersTable(IAmazonDynamoDB dynamoDb, OrdersOptions options)
{
    private const string OrderId = "orderId", UserId = "userId", UserEmail = "userEmail", Status = "status", Lines = "items";
    private const string TotalAmount = "totalAmount", Currency = "currency", CreatedAt = "createdAt", UpdatedAt = "updatedAt";
    private const string PaymentId = "paymentId", CancelReason = "cancelReason", TrackingNumber = "trackingNumber", UnpaidCount = "unpaidCount";
    private const string CashDue = "cashDue", UncollectedCashCount = "uncollectedCashCount";
    private const string CountedUnpaid = "countedUnpaid", DeliveredAt = "deliveredAt", StatusShard = "statusShard";
    private const string LineProductId = "productId", LineName = "name", LineQty = "qty", LinePrice = "price";

    public static TableDefinition Definition(OrdersOptions options) =>
        TableDefinition.Keyed(options.TableName, OrderId)
            .WithIndex(options.ByUserIndex, UserId, CreatedAt)
            .WithIndex(OrdersOptions.ByStatusIndex, StatusShard, CreatedAt)
            .WithIndex(OrdersOptions.ByEmailIndex, UserEmail, CreatedAt);

    public void Add(WriteTransaction transaction, Order order)
    {
        var lines = order.Lines.Select(LineItem).ToList();
        var item = Attr.Map(
            (OrderId, Attr.Text(order.OrderId)), (UserId, Attr.Text(order.UserId)), (UserEmail, Attr.Text(order.UserEmail)),
            (Status, Attr.Enum(order.Status)), (StatusShard, Attr.Text(StatusShardOf(order.Status, order.OrderId))), (TotalAmount, Attr.Number(order.TotalAmount)),
            (Currency, Attr.Text(order.Currency)), (CreatedAt, Attr.Timestamp(order.CreatedAt)),
            (CountedUnpaid, Attr.FlagOrNull(order.CountedUnpaid)));
        if (order.Price is { } price)
        {
            OrderPriceItem.Write(item, price, order.DeliveryAddress, lines);
        }
        item[Lines] = new AttributeValue { L = lines.Select(l => new AttributeValue { M = l }).ToList() };
        transaction.Put(new Put
        {
            TableName = options.TableName,
            Item = item,
            ConditionExpression = $"attribute_not_exists({OrderId})",
        }, new OrderAlreadyExists(order.OrderId));
    }

    public async Task<Order?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        // The unpaid-order counters share the key space and are not orders.
        await dynamoDb.FindAsync(options.TableName, Key(orderId), consistentRead: true, cancellationToken) is { } item && item.ContainsKey(Status)
            ? ToOrder(item)
            : null;

    /// <summary>A shopper's orders, newest first.</summary>
    public Task<Page<Order>> PageForUserAsync(string userId, PageRequest page, CancellationToken cancellationToken) =>
        QueryAsync(options.ByUserIndex, "#key = :key", UserId, Attr.Text(userId), newestFirst: true, page.Size, page.StartKey, null, cancellationToken);

    /// <summary>Every order of a shopper, newest first.</summary>
    public IAsyncEnumerable<Order> AllForUserAsync(string userId, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => QueryAsync(options.ByUserIndex, "#key = :key", UserId, Attr.Text(userId),
            newestFirst: true, limit: 100, startKey, null, ct), cancellationToken);

    /// <summary>Every order in <paramref name="status"/> placed before <paramref name="cutoff"/>, oldest first.</summary>
    public IAsyncEnumerable<Order> PlacedBeforeAsync(OrderStatus status, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ByStatus(newestFirst: false).AllAsync(ShardOfStatus(status, newestFirst: false, $" AND {CreatedAt} < :cutoff", null, (":cutoff", Attr.Timestamp(cutoff))),
            pageSize: 100, cancellationToken).Select(ToOrder);

    /// <summary>How many orders are in <paramref name="status"/>, up to <paramref name="cap"/> + 1: one Query of each shard of the status index.</summary>
    public Task<int> CountInStatusAsync(OrderStatus status, int cap, CancellationToken cancellationToken) =>
        ShardedQuery.CountAsync(OrdersOptions.StatusShards, (shard, ct) =>
            dynamoDb.CountUpToAsync(options.TableName, OrdersOptions.ByStatusIndex, StatusShard, Attr.Text(StatusShardOf(status, shard)), cap, ct), cap, cancellationToken);

    /// <summary>Every order in one status, oldest first.</summary>
    public IAsyncEnumerable<Order> InStatusAsync(OrderStatus status, CancellationToken cancellationToken) =>
        ByStatus(newestFirst: false).AllAsync(ShardOfStatus(status, newestFirst: false), pageSize: 100, cancellationToken).Select(ToOrder);

    /// <summary>The back office's search, newest first: by e-mail one read of that index a page; by status one read of each
    /// shard of the status index a page, merged. createdAt is bounded in the key condition, the other filters applied by
    /// DynamoDB to the page it read, so a page can come back shorter than asked.</summary>
    public async Task<Page<Order>> SearchAsync(OrderSearch search, PageRequest page, CancellationToken cancellationToken)
    {
        if (search.Index == OrderSearchIndex.ById)
        {
            return new Page<Order>(await FindAsync(search.OrderId!, cancellationToken) is { } order && search.Matches(order) ? [order] : [], null);
        }
        var range = (search.From, search.To) switch
        {
            (not null, not null) => $" AND {CreatedAt} BETWEEN :from AND :to",
            (not null, null) => $" AND {CreatedAt} >= :from",
            (null, not null) => $" AND {CreatedAt} <= :to",
            _ => "",
        };
        var byEmail = search.Index == OrderSearchIndex.ByEmail;
        var filters = new List<string>();
        if (byEmail && search.Status is not null)
        {
            filters.Add("#status = :status");
        }
        if (search.MinTotal is not null)
        {
            filters.Add($"{TotalAmount} >= :min");
        }
        if (search.MaxTotal is not null)
        {
            filters.Add($"{TotalAmount} <= :max");
        }
        var filter = filters.Count > 0 ? string.Join(" AND ", filters) : null;
        (string, AttributeValue?)[] values = [(":from", Attr.TimestampOrNull(search.From)), (":to", Attr.TimestampOrNull(search.To)),
            (":status", byEmail && search.Status is { } status ? Attr.Enum(status) : null),
            (":min", Attr.NumberOrNull(search.MinTotal)), (":max", Attr.NumberOrNull(search.MaxTotal))];
        if (!byEmail)
        {
            var found = await ByStatus(newestFirst: true).PageAsync(ShardOfStatus(search.Status!.Value, newestFirst: true, range, filter, values),
                page.Size, page.StartKey, cancellationToken);
            return new Page<Order>(found.Items.Select(ToOrder).ToList(), found.LastKey);
        }
        var names = new Dictionary<string, string> { ["#key"] = UserEmail };
        if (search.Status is not null)
        {
            names["#status"] = Status;
        }
        return await dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = OrdersOptions.ByEmailIndex,
            KeyConditionExpression = "#key = :key" + range,
            FilterExpression = filter,
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = Attr.Map([(":key", Attr.Text(search.Email!)), .. values]),
            ScanIndexForward = false,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, ToOrder, cancellationToken);
    }

    /// <summary>Every order in <paramref name="status"/> placed from <paramref name="from"/> to <paramref name="to"/> (inclusive), newest first.</summary>
    public IAsyncEnumerable<Order> PlacedBetweenAsync(OrderStatus status, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ByStatus(newestFirst: true).AllAsync(ShardOfStatus(status, newestFirst: true, $" AND {CreatedAt} BETWEEN :from AND :to", null,
            (":from", Attr.Timestamp(from)), (":to", Attr.Timestamp(to))), pageSize: 100, cancellationToken).Select(ToOrder);

    /// <summary>Gives a page of the table (one Scan page) the status index shard of their status where an order lacks it (written
    /// before the index was sharded) or holds another: one update each, holding only while the order is still in the status read
    /// (a move meanwhile wrote its own shard). How many it wrote, and where the next page starts.</summary>
    public async Task<(int Written, Dictionary<string, AttributeValue>? LastKey)> ShardStatusIndexAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string> { ["#id"] = OrderId, ["#status"] = Status, ["#shard"] = StatusShard };
        var scanned = await dynamoDb.ScanPageAsync(new ScanRequest
        {
            TableName = options.TableName,
            ProjectionExpression = "#id, #status, #shard",
            // The unpaid-order counters share the key space and have no status.
            FilterExpression = "attribute_exists(#status)",
            ExpressionAttributeNames = names,
            Limit = page.Size,
            ExclusiveStartKey = page.StartKey,
        }, item => item, cancellationToken);
        var written = 0;
        foreach (var item in scanned.Items)
        {
            var status = item.Enum<OrderStatus>(Status);
            var shard = StatusShardOf(status, item.Text(OrderId));
            if (item.TextOrNull(StatusShard) != shard && await Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = options.TableName,
                Key = Key(item.Text(OrderId)),
                UpdateExpression = "SET #shard = :shard",
                ConditionExpression = "#status = :status",
                ExpressionAttributeNames = new() { ["#status"] = Status, ["#shard"] = StatusShard },
                ExpressionAttributeValues = Attr.Map((":shard", Attr.Text(shard)), (":status", Attr.Enum(status))),
            }, cancellationToken)))
            {
                written++;
            }
        }
        return (written, scanned.LastKey);
    }

    /// <summary>The shard of the status index an order in <paramref name="status"/> is written to: a hash of its id
    /// (the first four bytes of its SHA-256, so any tool can compute it) modulo <see cref="OrdersOptions.StatusShards"/>.</summary>
    public static string StatusShardOf(OrderStatus status, string orderId) =>
        StatusShardOf(status, (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(orderId))) % OrdersOptions.StatusShards));

    private static string StatusShardOf(OrderStatus status, int shard) => $"{status.Name()}#{shard}";

    private static ShardedQuery ByStatus(bool newestFirst) => new(OrdersOptions.StatusShards, CreatedAt, [OrderId, StatusShard, CreatedAt], newestFirst);

    /// <summary>One shard's Query of the status index: the shard and <paramref name="range"/> of createdAt in the key
    /// condition, then <paramref name="filter"/>.</summary>
    private ShardedQuery.ReadShard ShardOfStatus(OrderStatus status, bool newestFirst, string range = "", string? filter = null,
        params (string Name, AttributeValue? Value)[] values) =>
        (shard, startKey, limit, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = OrdersOptions.ByStatusIndex,
            KeyConditionExpression = "#key = :key" + range,
            FilterExpression = filter,
            ExpressionAttributeNames = new() { ["#key"] = StatusShard },
            ExpressionAttributeValues = Attr.Map([(":key", Attr.Text(StatusShardOf(status, shard))), .. values]),
            ScanIndexForward = !newestFirst,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, item => item, ct);

    private Task<Page<Order>> QueryAsync(string index, string condition, string attribute, AttributeValue value, bool newestFirst, int limit,
        Dictionary<string, AttributeValue>? startKey, AttributeValue? cutoff, CancellationToken cancellationToken) =>
        dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = index,
            KeyConditionExpression = condition,
            ExpressionAttributeNames = new() { ["#key"] = attribute },
            ExpressionAttributeValues = Attr.Map((":key", value), (":cutoff", cutoff)),
            ScanIndexForward = !newestFirst,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, ToOrder, cancellationToken);

    /// <summary>The move, holding only if the order is still where the move starts.</summary>
    public void Move(WriteTransaction transaction, string orderId, OrderTransition transition, DateTimeOffset now, OrderChange change)
    {
        var values = Attr.Map((":from", Attr.Enum(transition.From)), (":to", Attr.Enum(transition.To)), (":now", Attr.Timestamp(now)),
            (":toShard", Attr.Text(StatusShardOf(transition.To, orderId))),
            ($":{PaymentId}", Attr.TextOrNull(change.PaymentId)), ($":{CancelReason}", Attr.TextOrNull(change.CancelReason)),
            ($":{TrackingNumber}", Attr.TextOrNull(change.TrackingNumber)),
            ($":{CashDue}", change.CashDue is { } due ? new AttributeValue { BOOL = due } : null),
            // Returns are counted from the delivery (an order delivered before this was kept: its updatedAt).
            ($":{DeliveredAt}", transition.To == OrderStatus.Delivered ? Attr.Timestamp(now) : null));
        var changed = new[] { PaymentId, CancelReason, TrackingNumber, CashDue, DeliveredAt }.Where(attribute => values.ContainsKey($":{attribute}"));
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(orderId),
            // The index's shard moves with the status, in the same update: the order leaves one status's partition for the other's.
            UpdateExpression = $"SET #status = :to, {StatusShard} = :toShard, {UpdatedAt} = :now" + string.Concat(changed.Select(attribute => $", {attribute} = :{attribute}")),
            ConditionExpression = "#status = :from",
            ExpressionAttributeNames = new() { ["#status"] = Status },
            ExpressionAttributeValues = values,
        }, new OrderMoved(orderId));
    }

    /// <summary>Counts one more unpaid order for the shopper, refused (<see cref="UnpaidOrdersLimitReached"/>)
    /// when they already have <paramref name="max"/>; 0 counts without a limit.</summary>
    public void TakeUnpaidSlot(WriteTransaction transaction, string userId, int max) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(UnpaidCounterId(userId)),
        UpdateExpression = $"SET {UnpaidCount} = if_not_exists({UnpaidCount}, :zero) + :one",
        ConditionExpression = max > 0 ? $"attribute_not_exists({UnpaidCount}) OR {UnpaidCount} < :max" : null,
        ExpressionAttributeValues = Attr.Map((":zero", Attr.Number(0)), (":one", Attr.Number(1)), (":max", max > 0 ? Attr.Number(max) : null)),
    }, max > 0 ? new UnpaidOrdersLimitReached(max) : null);

    /// <summary>Counts one more cash-on-delivery order on the way unpaid, refused
    /// (<see cref="UncollectedCashLimitReached"/>) when they already have <paramref name="max"/>; 0 counts without a limit.</summary>
    public void TakeUncollectedCashSlot(WriteTransaction transaction, string userId, int max) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(UnpaidCounterId(userId)),
        UpdateExpression = $"SET {UncollectedCashCount} = if_not_exists({UncollectedCashCount}, :zero) + :one",
        ConditionExpression = max > 0 ? $"attribute_not_exists({UncollectedCashCount}) OR {UncollectedCashCount} < :max" : null,
        ExpressionAttributeValues = Attr.Map((":zero", Attr.Number(0)), (":one", Attr.Number(1)), (":max", max > 0 ? Attr.Number(max) : null)),
    }, max > 0 ? new UncollectedCashLimitReached(max) : null);

    /// <summary>The order stopped being unpaid (only an order that took a slot, <see cref="Order.CountedUnpaid"/>),
    /// or its cash stopped being due, or both: one update of
    /// the shopper's counters (a transaction may touch an item once). Unconditional, so that no move
    /// can be refused by a counter.</summary>
    public void ReleaseSlots(WriteTransaction transaction, string userId, bool unpaid, bool uncollectedCash)
    {
        var counters = new[] { (unpaid, UnpaidCount), (uncollectedCash, UncollectedCashCount) }.Where(c => c.Item1).Select(c => c.Item2);
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(UnpaidCounterId(userId)),
            UpdateExpression = "SET " + string.Join(", ", counters.Select(counter => $"{counter} = if_not_exists({counter}, :one) - :one")),
            ExpressionAttributeValues = Attr.Map((":one", Attr.Number(1))),
        });
    }

    private static string UnpaidCounterId(string userId) => $"UNPAID#{userId}";

    private static Dictionary<string, AttributeValue> Key(string orderId) => Attr.Map((OrderId, Attr.Text(orderId)));

    private static Dictionary<string, AttributeValue> LineItem(OrderLine line) => Attr.Map(
        (LineProductId, Attr.Text(line.ProductId)), (LineName, Attr.Text(line.Name)), (LineQty, Attr.Number(line.Qty)), (LinePrice, Attr.Number(line.Price)));

    private static Order ToOrder(Dictionary<string, AttributeValue> item)
    {
        var lines = item.List(Lines, line => line);
        return new(
            item.Text(OrderId), item.Text(UserId), item.Text(UserEmail), item.Enum<OrderStatus>(Status),
            lines.Select(line => new OrderLine(line.Text(LineProductId), line.Text(LineName), line.Quantity(LineQty), line.Amount(LinePrice))).ToList(),
            item.Amount(TotalAmount), item.Text(Currency), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt),
            item.TextOrNull(TrackingNumber), item.TextOrNull(CancelReason), item.TextOrNull(PaymentId), item.Flag(CountedUnpaid), item.Flag(CashDue),
            OrderPriceItem.ReadPrice(item, item.Text(Currency), lines), OrderPriceItem.ReadAddress(item), item.TimestampOrNull(DeliveredAt));
    }
}
