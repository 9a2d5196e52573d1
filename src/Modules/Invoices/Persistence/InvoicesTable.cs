using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices.Domain;

namespace CloudRetail.Invoices.Persistence;

/// <summary>The sequence moved on since it was read: another invoice took that number.</summary>
internal sealed record SequenceMoved : ConditionFailure;

/// <summary>Another worker numbered this invoice meanwhile.</summary>
internal sealed record InvoiceNumberedMeanwhile(string OrderId) : ConditionFailure;

/// <summary>
/// The only code that knows the Invoices table's attribute names. One item per order
/// (<c>ORDER#&lt;orderId&gt;</c>) holds what the invoice shows and how issuing went; one item
/// (<c>SEQUENCE#INVOICE</c>) holds the last number taken. A number is taken only in a transaction that
/// moves that counter from the value read to the next and writes it on the invoice, conditional on
/// both: so the numbers have no gaps and no repeats. The counter has no status, so no index lists it.
/// </summary>
internal sealed class InvoicesTable(IAmazonDynamoDB dynamoDb, InvoicesOptions options)
{
    private const string InvoiceKey = "invoiceKey", OrderId = "orderId", UserId = "userId", Status = "status", CreatedAt = "createdAt";
    private const string UpdatedAt = "updatedAt", OrderedAt = "orderedAt", Currency = "currency", BillTo = "billTo", ShipTo = "shipTo";
    private const string Lines = "lines", Subtotal = "subtotal", Discount = "discount", Shipping = "shipping", Taxes = "taxes";
    private const string TaxIncluded = "taxIncluded", Total = "total", Sequence = "sequenceNumber", IssuedAt = "issuedAt";
    private const string Attempts = "attempts", Error = "error", LastNumberAttribute = "lastNumber";
    private const string Name = "name", AddressLines = "addressLines", Description = "description", Quantity = "qty";
    private const string UnitPrice = "unitPrice", TaxRate = "taxRate", Amount = "amount", Rate = "rate";
    private const string CounterKey = "SEQUENCE#INVOICE";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, InvoiceKey).WithIndex(InvoicesOptions.StatusIndex, Status, CreatedAt);

    public void RecordDue(WriteTransaction transaction, Invoice invoice) => transaction.Put(new Put
    {
        TableName = options.TableName,
        Item = ToItem(invoice),
        ConditionExpression = $"attribute_not_exists({InvoiceKey})",
    }, new InvoiceAlreadyDue(invoice.OrderId));

    public BatchedRead<Invoice?> Find(ReadBatch batch, string orderId) =>
        batch.Add(options.TableName, Key(OrderKey(orderId)), consistentRead: true, item => item is null ? null : ToInvoice(item));

    /// <summary>The last invoice number taken; 0 before the first.</summary>
    public BatchedRead<long> LastNumber(ReadBatch batch) =>
        batch.Add(options.TableName, Key(CounterKey), consistentRead: true, item => item is null ? 0 : item.LongNumber(LastNumberAttribute));

    public async Task<Invoice?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        await dynamoDb.FindAsync(options.TableName, Key(OrderKey(orderId)), consistentRead: true, cancellationToken) is { } item ? ToInvoice(item) : null;

    /// <summary>Moves the counter from <paramref name="last"/> to the next number and writes that number on
    /// the invoice, both conditional, in one transaction.</summary>
    public void TakeNumber(WriteTransaction transaction, string orderId, long last, DateTimeOffset now)
    {
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(CounterKey),
            UpdateExpression = "SET #lastNumber = :next",
            ConditionExpression = last == 0 ? "attribute_not_exists(#lastNumber)" : "#lastNumber = :last",
            ExpressionAttributeNames = Names(LastNumberAttribute),
            ExpressionAttributeValues = Attr.Map((":next", Attr.Number(last + 1)), (":last", last == 0 ? null : Attr.Number(last))),
        }, new SequenceMoved());
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(OrderKey(orderId)),
            UpdateExpression = "SET #sequenceNumber = :next, #issuedAt = :now, #updatedAt = :now",
            ConditionExpression = "attribute_exists(#key) AND attribute_not_exists(#sequenceNumber)",
            ExpressionAttributeNames = Names(InvoiceKey, Sequence, IssuedAt, UpdatedAt),
            ExpressionAttributeValues = Attr.Map((":next", Attr.Number(last + 1)), (":now", Attr.Timestamp(now))),
        }, new InvoiceNumberedMeanwhile(orderId));
    }

    /// <summary>The PDF is stored: the invoice is issued.</summary>
    public Task MarkIssuedAsync(string orderId, DateTimeOffset now, CancellationToken cancellationToken) =>
        dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(OrderKey(orderId)),
            UpdateExpression = "SET #status = :issued, #updatedAt = :now, #attempts = if_not_exists(#attempts, :zero) + :one REMOVE #error",
            ExpressionAttributeNames = Names(Status, UpdatedAt, Attempts, Error),
            ExpressionAttributeValues = Attr.Map((":issued", Attr.Enum(InvoiceStatus.Issued)), (":now", Attr.Timestamp(now)),
                (":zero", Attr.Number(0)), (":one", Attr.Number(1))),
        }, cancellationToken);

    /// <summary>Records a failed try; false when the invoice was issued meanwhile (by the sweep or its
    /// own request), which a late failure must not overwrite.</summary>
    public Task<bool> MarkFailedAsync(string orderId, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(OrderKey(orderId)),
            UpdateExpression = "SET #status = :failed, #error = :error, #updatedAt = :now, #attempts = if_not_exists(#attempts, :zero) + :one",
            ConditionExpression = "attribute_exists(#key) AND #status <> :issued",
            ExpressionAttributeNames = Names(InvoiceKey, Status, Error, UpdatedAt, Attempts),
            ExpressionAttributeValues = Attr.Map((":failed", Attr.Enum(InvoiceStatus.Failed)), (":issued", Attr.Enum(InvoiceStatus.Issued)),
                (":error", Attr.Text(error)), (":now", Attr.Timestamp(now)), (":zero", Attr.Number(0)), (":one", Attr.Number(1))),
        }, cancellationToken));

    /// <summary>How many items are in <paramref name="status"/>, up to <paramref name="cap"/> + 1 (one Query of the status index).</summary>
    public Task<int> CountInStatusAsync(InvoiceStatus status, int cap, CancellationToken cancellationToken) =>
        dynamoDb.CountUpToAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = InvoicesOptions.StatusIndex,
            KeyConditionExpression = "#status = :status",
            ExpressionAttributeNames = new() { ["#status"] = Status },
            ExpressionAttributeValues = Attr.Map((":status", Attr.Enum(status))),
        }, cap, cancellationToken);

    /// <summary>A page of one status's invoices, newest first.</summary>
    public Task<Page<Invoice>> PageAsync(InvoiceStatus status, PageRequest page, CancellationToken cancellationToken) =>
        QueryAsync(status, null, newestFirst: true, page.Size, page.StartKey, cancellationToken);

    /// <summary>Every invoice in <paramref name="status"/> recorded before <paramref name="cutoff"/>, oldest first.</summary>
    public IAsyncEnumerable<Invoice> RecordedBeforeAsync(InvoiceStatus status, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => QueryAsync(status, cutoff, newestFirst: false, 100, startKey, ct), cancellationToken);

    private Task<Page<Invoice>> QueryAsync(InvoiceStatus status, DateTimeOffset? cutoff, bool newestFirst, int limit,
        Dictionary<string, AttributeValue>? startKey, CancellationToken cancellationToken) =>
        dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = InvoicesOptions.StatusIndex,
            KeyConditionExpression = cutoff is null ? "#status = :status" : "#status = :status AND #createdAt < :cutoff",
            ExpressionAttributeNames = cutoff is null ? Names(Status) : Names(Status, CreatedAt),
            ExpressionAttributeValues = Attr.Map((":status", Attr.Enum(status)), (":cutoff", Attr.TimestampOrNull(cutoff))),
            ScanIndexForward = !newestFirst,
            Limit = limit,
            ExclusiveStartKey = startKey,
        }, ToInvoice, cancellationToken);

    /// <summary>Placeholders for attribute names in expressions (#status for status, #key for the
    /// key), so that no name can clash with one of DynamoDB's reserved words.</summary>
    private static Dictionary<string, string> Names(params ReadOnlySpan<string> attributes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            names[attribute == InvoiceKey ? "#key" : $"#{attribute}"] = attribute;
        }
        return names;
    }

    private static string OrderKey(string orderId) => $"ORDER#{orderId}";

    private static Dictionary<string, AttributeValue> Key(string key) => Attr.Map((InvoiceKey, Attr.Text(key)));

    private static Dictionary<string, AttributeValue> ToItem(Invoice invoice)
    {
        var draft = invoice.Draft;
        return Attr.Map(
            (InvoiceKey, Attr.Text(OrderKey(draft.OrderId))), (OrderId, Attr.Text(draft.OrderId)), (UserId, Attr.Text(draft.UserId)),
            (Status, Attr.Enum(invoice.Status)), (CreatedAt, Attr.Timestamp(invoice.CreatedAt)), (Attempts, Attr.Number(invoice.Attempts)),
            (OrderedAt, Attr.Timestamp(draft.OrderedAt)), (Currency, Attr.Text(draft.Currency)),
            (BillTo, Party(draft.BillTo)), (ShipTo, draft.ShipTo is { } shipTo ? Party(shipTo) : null),
            (Lines, Attr.List(draft.Lines, line => Attr.Map((Description, Attr.Text(line.Description)), (Quantity, Attr.Number(line.Quantity)),
                (UnitPrice, Attr.Number(line.UnitPrice)), (TaxRate, Attr.Number(line.TaxRate)), (Amount, Attr.Number(line.Amount))))),
            (Subtotal, Attr.Number(draft.Subtotal)), (Discount, Attr.Number(draft.Discount)), (Shipping, Attr.Number(draft.Shipping)),
            (Taxes, Attr.List(draft.Taxes, tax => Attr.Map((Name, Attr.Text(tax.Name)), (Rate, Attr.Number(tax.Rate)), (Amount, Attr.Number(tax.Amount))))),
            (TaxIncluded, new AttributeValue { BOOL = draft.TaxIncluded }), (Total, Attr.Number(draft.Total)));
    }

    private static AttributeValue Party(InvoiceParty party) => new()
    {
        M = Attr.Map((Name, Attr.Text(party.Name)), (AddressLines, new AttributeValue { L = party.AddressLines.Select(Attr.Text).ToList() })),
    };

    private static InvoiceParty ToParty(Dictionary<string, AttributeValue> party) =>
        new(party.Text(Name), party.TryGetValue(AddressLines, out var lines) && lines.L is { } list ? list.Select(l => l.S).ToList() : []);

    private static Invoice ToInvoice(Dictionary<string, AttributeValue> item) => new(
        new InvoiceDraft(
            item.Text(OrderId), item.Text(UserId), item.Timestamp(OrderedAt), item.Text(Currency),
            ToParty(item[BillTo].M), item.TryGetValue(ShipTo, out var shipTo) ? ToParty(shipTo.M) : null,
            item.List(Lines, line => new InvoiceLine(line.Text(Description), line.Quantity(Quantity), line.Amount(UnitPrice), line.Amount(TaxRate), line.Amount(Amount))),
            item.Amount(Subtotal), item.Amount(Discount), item.Amount(Shipping),
            item.List(Taxes, tax => new InvoiceTax(tax.Text(Name), tax.Amount(Rate), tax.Amount(Amount))),
            item.TryGetValue(TaxIncluded, out var included) && included.BOOL == true, item.Amount(Total)),
        item.Enum<InvoiceStatus>(Status), item.TryGetValue(Sequence, out var sequence) ? long.Parse(sequence.N, System.Globalization.CultureInfo.InvariantCulture) : null,
        item.TimestampOrNull(IssuedAt), item.QuantityOr(Attempts, 0), item.TextOrNull(Error), item.Timestamp(CreatedAt), item.TimestampOrNull(UpdatedAt));
}
