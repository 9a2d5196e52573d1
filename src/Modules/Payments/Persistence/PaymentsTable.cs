using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Payments.Domain;

namespace CloudRetail.Payments.Persistence;

/// <summary>The only code that knows the Payments table's attribute names. Besides payments it holds
/// one marker per webhook event taken, under <c>EVENT#&lt;id&gt;</c>, so that an event is applied once; a
/// marker expires (<c>expiresAt</c>, DynamoDB TTL) once the event's signature is too old to be taken again.
/// A payment counts what refunds took back from it (<c>refunded</c>, and <c>refundedUnits#&lt;productId&gt;</c>
/// per order line); the refunds themselves are in <see cref="RefundsTable"/>.</summary>
internal sealed class PaymentsTable(IAmazonDynamoDB dynamoDb, PaymentsOptions options)
{
    private const string PaymentId = "paymentId", OrderId = "orderId", UserId = "userId", Amount = "amount", Currency = "currency";
    private const string Status = "status", Provider = "provider", CreatedAt = "createdAt", UpdatedAt = "updatedAt", ReceivedAt = "receivedAt";
    private const string ExpiresAt = "expiresAt";
    private const string Refunded = "refunded", RefundedUnitsPrefix = "refundedUnits#";

    public static TableDefinition Definition(string tableName) => TableDefinition.Keyed(tableName, PaymentId, timeToLive: ExpiresAt);

    public void Add(WriteTransaction transaction, Payment payment) => transaction.Put(new Put
    {
        TableName = options.TableName,
        Item = Attr.Map((PaymentId, Attr.Text(payment.PaymentId)), (OrderId, Attr.Text(payment.OrderId)), (UserId, Attr.Text(payment.UserId)),
            (Amount, Attr.Number(payment.Amount)), (Currency, Attr.Text(payment.Currency)), (Status, Attr.Enum(payment.Status)),
            (Provider, Attr.Enum(payment.Provider)), (CreatedAt, Attr.Timestamp(payment.CreatedAt))),
        ConditionExpression = $"attribute_not_exists({PaymentId})",
    }, new PaymentAlreadyExists(payment.PaymentId));

    /// <summary>The payment moves from one status to another, only if it is still in the first.</summary>
    public void Move(WriteTransaction transaction, string paymentId, PaymentStatus from, PaymentStatus to, DateTimeOffset now) => transaction.Update(new Update
    {
        TableName = options.TableName,
        Key = Key(paymentId),
        UpdateExpression = $"SET #status = :to, {UpdatedAt} = :now",
        ConditionExpression = "#status = :from",
        ExpressionAttributeNames = new() { ["#status"] = Status },
        ExpressionAttributeValues = Attr.Map((":from", Attr.Enum(from)), (":to", Attr.Enum(to)), (":now", Attr.Timestamp(now))),
    }, new PaymentMoved(paymentId));

    /// <summary>Takes a webhook event id; refused (<see cref="EventAlreadyApplied"/>) if it was taken before.</summary>
    public void TakeEvent(WriteTransaction transaction, string eventId, DateTimeOffset now) => transaction.Put(new Put
    {
        TableName = options.TableName,
        Item = Attr.Map((PaymentId, Attr.Text(EventKey(eventId))), (ReceivedAt, Attr.Timestamp(now)), (ExpiresAt, Attr.Epoch(options.ReplayMarkerExpiry(now)))),
        ConditionExpression = $"attribute_not_exists({PaymentId})",
    }, new EventAlreadyApplied(eventId));

    /// <summary>
    /// Counts a refund against the payment, on condition that the money is collected (SUCCESS or
    /// COLLECTED), that refunded stays at most the amount (refunded ≤ amount − this refund: DynamoDB
    /// conditions do no sums, so the bound is computed here from the amount, itself a condition), and
    /// that each refunded line's count is still the one its amount was computed from. Refused as
    /// <see cref="RefundRefused"/>; the caller reads the payment again to say which.
    /// </summary>
    public void CountRefund(WriteTransaction transaction, Payment payment, Refund refund)
    {
        var names = new Dictionary<string, string> { ["#status"] = Status, ["#amount"] = Amount, ["#refunded"] = Refunded, ["#updatedAt"] = UpdatedAt };
        var values = Attr.Map((":success", Attr.Enum(PaymentStatus.Success)), (":collected", Attr.Enum(PaymentStatus.Collected)),
            (":amount", Attr.Number(payment.Amount)), (":bound", Attr.Number(payment.Amount - refund.Amount)), (":refund", Attr.Number(refund.Amount)),
            (":zero", Attr.Number(0)), (":now", Attr.Timestamp(refund.CreatedAt)));
        var set = new List<string> { "#refunded = if_not_exists(#refunded, :zero) + :refund", "#updatedAt = :now" };
        var conditions = new List<string>
        {
            "#status IN (:success, :collected)", "#amount = :amount", "(attribute_not_exists(#refunded) OR #refunded <= :bound)",
        };
        for (var i = 0; i < refund.Lines.Count; i++)
        {
            var line = refund.Lines[i];
            var before = payment.RefundedUnits.GetValueOrDefault(line.ProductId);
            names[$"#units{i}"] = RefundedUnitsPrefix + line.ProductId;
            values[$":units{i}"] = Attr.Number(line.Qty);
            set.Add($"#units{i} = if_not_exists(#units{i}, :zero) + :units{i}");
            if (before == 0)
            {
                conditions.Add($"(attribute_not_exists(#units{i}) OR #units{i} = :zero)");
            }
            else
            {
                values[$":before{i}"] = Attr.Number(before);
                conditions.Add($"#units{i} = :before{i}");
            }
        }
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(payment.PaymentId),
            UpdateExpression = "SET " + string.Join(", ", set),
            ConditionExpression = string.Join(" AND ", conditions),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        }, new RefundRefused(payment.PaymentId));
    }

    /// <summary>A refund the provider refused gives its amount and units back. Unconditional: the refund's
    /// own move from PENDING in the same transaction makes it happen once.</summary>
    public void UncountRefund(WriteTransaction transaction, Refund refund, DateTimeOffset now)
    {
        var names = new Dictionary<string, string> { ["#refunded"] = Refunded, ["#updatedAt"] = UpdatedAt };
        var values = Attr.Map((":refund", Attr.Number(refund.Amount)), (":now", Attr.Timestamp(now)));
        var set = new List<string> { "#refunded = #refunded - :refund", "#updatedAt = :now" };
        for (var i = 0; i < refund.Lines.Count; i++)
        {
            names[$"#units{i}"] = RefundedUnitsPrefix + refund.Lines[i].ProductId;
            values[$":units{i}"] = Attr.Number(refund.Lines[i].Qty);
            set.Add($"#units{i} = #units{i} - :units{i}");
        }
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(refund.PaymentId),
            UpdateExpression = "SET " + string.Join(", ", set),
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
        });
    }

    public async Task<Payment?> FindAsync(string paymentId, CancellationToken cancellationToken) =>
        // Event markers share the key space and are not payments.
        await dynamoDb.FindAsync(options.TableName, Key(paymentId), consistentRead: true, cancellationToken) is { } item && item.ContainsKey(OrderId)
            ? ToPayment(item)
            : null;

    private static Payment ToPayment(Dictionary<string, AttributeValue> item) =>
        new(item.Text(PaymentId), item.Text(OrderId), item.Text(UserId), item.Amount(Amount), item.Text(Currency),
            item.Enum<PaymentStatus>(Status), item.Enum<PaymentProviderKind>(Provider), item.Timestamp(CreatedAt), item.AmountOrNull(Refunded) ?? 0m)
        {
            RefundedUnits = item.Where(a => a.Key.StartsWith(RefundedUnitsPrefix, StringComparison.Ordinal))
                .ToDictionary(a => a.Key[RefundedUnitsPrefix.Length..], a => int.Parse(a.Value.N, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
        };

    private static Dictionary<string, AttributeValue> Key(string paymentId) => Attr.Map((PaymentId, Attr.Text(paymentId)));

    private static string EventKey(string eventId) => $"EVENT#{eventId}";
}
