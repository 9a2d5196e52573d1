using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Persistence;

/// <summary>The only code that knows the Returns table's attribute names: one item per return, keyed by
/// its id; GSI1 (status, createdAt) is the staff's queue, GSI2 (orderId, createdAt) an order's returns.
/// Beside them, under <c>ORDER#&lt;orderId&gt;</c>, one item per order counts the units its live returns
/// (all but REJECTED) ask back per line, <c>returned#&lt;productId&gt;</c>: every request adds to it on the
/// condition that no line passes what was bought, so a unit is never returned twice.</summary>
internal sealed class ReturnsTable(IAmazonDynamoDB dynamoDb, ReturnsOptions options)
{
    private const string ReturnId = "returnId", OrderId = "orderId", UserId = "userId", Status = "status", Lines = "lines", Reason = "reason";
    private const string Currency = "currency", CreatedAt = "createdAt", UpdatedAt = "updatedAt", DecidedBy = "decidedBy", RejectReason = "rejectReason";
    private const string RefundId = "refundId", RefundAmount = "refundAmount", ProductId = "productId", Quantity = "quantity", Disposition = "disposition";
    private const string ReturnedPrefix = "returned#";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, ReturnId)
            .WithIndex(ReturnsOptions.ByStatusIndex, Status, CreatedAt)
            .WithIndex(ReturnsOptions.ByOrderIndex, OrderId, CreatedAt);

    /// <summary>The new return, and its units counted against the order's lines on condition that each
    /// line's count stays within what was bought (<see cref="UnitsAlreadyReturned"/>).</summary>
    public void Add(WriteTransaction transaction, Return r, IReadOnlyDictionary<string, int> bought)
    {
        var item = Attr.Map((ReturnId, Attr.Text(r.ReturnId)), (OrderId, Attr.Text(r.OrderId)), (UserId, Attr.Text(r.UserId)),
            (Status, Attr.Enum(r.Status)), (Reason, Attr.Text(r.Reason)), (Currency, Attr.Text(r.Currency)), (CreatedAt, Attr.Timestamp(r.CreatedAt)));
        item[Lines] = LinesValue(r.Lines);
        transaction.Put(new Put { TableName = options.TableName, Item = item, ConditionExpression = $"attribute_not_exists({ReturnId})" },
            new ReturnAlreadyExists(r.ReturnId));

        var names = new Dictionary<string, string>();
        var values = Attr.Map((":zero", Attr.Number(0)));
        var set = new List<string>();
        var conditions = new List<string>();
        for (var i = 0; i < r.Lines.Count; i++)
        {
            var line = r.Lines[i];
            names[$"#u{i}"] = ReturnedPrefix + line.ProductId;
            values[$":q{i}"] = Attr.Number(line.Quantity);
            values[$":bound{i}"] = Attr.Number(bought[line.ProductId] - line.Quantity);
            set.Add($"#u{i} = if_not_exists(#u{i}, :zero) + :q{i}");
            conditions.Add($"(attribute_not_exists(#u{i}) OR #u{i} <= :bound{i})");
        }
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(CounterId(r.OrderId)),
            UpdateExpression = "SET " + string.Join(", ", set),
            ConditionExpression = string.Join(" AND ", conditions),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        }, new UnitsAlreadyReturned(r.OrderId));
    }

    /// <summary>A rejected return's units stop counting. Unconditional: the return's own move in the same
    /// transaction makes it happen once.</summary>
    public void GiveUnitsBack(WriteTransaction transaction, Return r)
    {
        var names = new Dictionary<string, string>();
        var values = new Dictionary<string, AttributeValue>();
        for (var i = 0; i < r.Lines.Count; i++)
        {
            names[$"#u{i}"] = ReturnedPrefix + r.Lines[i].ProductId;
            values[$":q{i}"] = Attr.Number(r.Lines[i].Quantity);
        }
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(CounterId(r.OrderId)),
            UpdateExpression = "SET " + string.Join(", ", r.Lines.Select((_, i) => $"#u{i} = #u{i} - :q{i}")),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        });
    }

    /// <summary>The move, holding only if the return is still where the move starts.</summary>
    public void Move(WriteTransaction transaction, Return r, ReturnTransition transition, ReturnChange change, DateTimeOffset now)
    {
        var values = Attr.Map((":from", Attr.Enum(transition.From)), (":to", Attr.Enum(transition.To)), (":now", Attr.Timestamp(now)),
            ($":{DecidedBy}", Attr.TextOrNull(change.DecidedBy)), ($":{RejectReason}", Attr.TextOrNull(change.RejectReason)),
            ($":{Lines}", change.Lines is { } lines ? LinesValue(lines) : null), ($":{RefundId}", Attr.TextOrNull(change.RefundId)),
            ($":{RefundAmount}", Attr.NumberOrNull(change.RefundAmount)));
        var changed = new[] { DecidedBy, RejectReason, Lines, RefundId, RefundAmount }.Where(attribute => values.ContainsKey($":{attribute}"));
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(r.ReturnId),
            UpdateExpression = $"SET #status = :to, {UpdatedAt} = :now" + string.Concat(changed.Select(attribute => $", #{attribute} = :{attribute}")),
            ConditionExpression = "#status = :from",
            ExpressionAttributeNames = new Dictionary<string, string> { ["#status"] = Status }
                .Concat(changed.Select(attribute => KeyValuePair.Create($"#{attribute}", attribute))).ToDictionary(),
            ExpressionAttributeValues = values,
        }, new ReturnMoved(r.ReturnId));
    }

    public async Task<Return?> FindAsync(string returnId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(returnId), consistentRead: true, cancellationToken) is { } item && item.ContainsKey(Status)
            ? ToReturn(item)
            : null;

    /// <summary>Units each line of the order has asked back in live returns, by product id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ReturnedUnitsAsync(string orderId, CancellationToken cancellationToken) =>
        (await dynamoDb.FindAsync(options.TableName, Key(CounterId(orderId)), consistentRead: true, cancellationToken) ?? [])
            .Where(a => a.Key.StartsWith(ReturnedPrefix, StringComparison.Ordinal))
            .ToDictionary(a => a.Key[ReturnedPrefix.Length..], a => int.Parse(a.Value.N, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>An order's returns, oldest first.</summary>
    public async Task<IReadOnlyList<Return>> ForOrderAsync(string orderId, CancellationToken cancellationToken) =>
        await Tables.ReadAllAsync((startKey, ct) => Query(ReturnsOptions.ByOrderIndex, OrderId, Attr.Text(orderId), newestFirst: false, 100, startKey, null, ct),
            cancellationToken).ToListAsync(cancellationToken);

    /// <summary>Returns in one status, newest first: the staff's queue.</summary>
    public Task<Page<Return>> PageByStatusAsync(ReturnStatus status, PageRequest page, CancellationToken cancellationToken) =>
        Query(ReturnsOptions.ByStatusIndex, Status, Attr.Enum(status), newestFirst: true, page.Size, page.StartKey, null, cancellationToken);

    /// <summary>How many returns are in one status, counting at most <paramref name="cap"/> + 1.</summary>
    public Task<int> CountInStatusAsync(ReturnStatus status, int cap, CancellationToken cancellationToken) =>
        dynamoDb.CountUpToAsync(options.TableName, ReturnsOptions.ByStatusIndex, Status, Attr.Enum(status), cap, cancellationToken);

    /// <summary>Returns in one status created before <paramref name="cutoff"/>, oldest first.</summary>
    public IAsyncEnumerable<Return> InStatusBeforeAsync(ReturnStatus status, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => Query(ReturnsOptions.ByStatusIndex, Status, Attr.Enum(status), newestFirst: false, 100, startKey, cutoff, ct),
            cancellationToken);

    private Task<Page<Return>> Query(string index, string attribute, AttributeValue value, bool newestFirst, int limit,
        Dictionary<string, AttributeValue>? startKey, DateTimeOffset? before, CancellationToken cancellationToken) =>
        dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = index,
            KeyConditionExpression = before is null ? "#key = :key" : "#key = :key AND #createdAt < :before",
            ExpressionAttributeNames = before is null ? new() { ["#key"] = attribute } : new() { ["#key"] = attribute, ["#createdAt"] = CreatedAt },
            ExpressionAttributeValues = Attr.Map((":key", value), (":before", Attr.TimestampOrNull(before))),
            ScanIndexForward = !newestFirst,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, ToReturn, cancellationToken);

    private static string CounterId(string orderId) => $"ORDER#{orderId}";

    private static Dictionary<string, AttributeValue> Key(string returnId) => Attr.Map((ReturnId, Attr.Text(returnId)));

    private static AttributeValue LinesValue(IEnumerable<ReturnLine> lines) => Attr.List(lines, l => Attr.Map(
        (ProductId, Attr.Text(l.ProductId)), (Quantity, Attr.Number(l.Quantity)), (Disposition, l.Disposition is { } d ? Attr.Enum(d) : null)));

    private static Return ToReturn(Dictionary<string, AttributeValue> item) => new(
        item.Text(ReturnId), item.Text(OrderId), item.Text(UserId), item.Enum<ReturnStatus>(Status),
        item.List(Lines, l => new ReturnLine(l.Text(ProductId), l.Quantity(Quantity), l.ContainsKey(Disposition) ? l.Enum<LineDisposition>(Disposition) : null)),
        item.Text(Reason), item.Text(Currency), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt), item.TextOrNull(DecidedBy),
        item.TextOrNull(RejectReason), item.TextOrNull(RefundId), item.AmountOrNull(RefundAmount));
}

internal sealed record ReturnAlreadyExists(string ReturnId) : ConditionFailure;

/// <summary>A request was refused: a line would be asked back beyond what was bought.</summary>
internal sealed record UnitsAlreadyReturned(string OrderId) : ConditionFailure;

/// <summary>A move was refused: the return is no longer where the move starts.</summary>
internal sealed record ReturnMoved(string ReturnId) : ConditionFailure;
