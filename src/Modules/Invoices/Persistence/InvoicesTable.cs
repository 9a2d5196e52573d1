using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Invoices.Domain;

namespace CloudRetail.Invoices.Persistence;

/// <summary>The sequence moved on since it was read: another invoice took that number.</summary>
internal sealed record SequenceMoved : ConditionFailure;

/// <summary>Another worker numbered this invoice meanwhile.</summary>
internal sealed record InvoiceNumberedMeanwhile(string OrderId) : ConditionFailure;

/// <summary>Another worker numbered this credit note meanwhile.</summary>
internal sealed record CreditNoteNumberedMeanwhile(string RefundId) : ConditionFailure;

/// <summary>
/// The only code that knows the Invoices table's attribute names. One item per order
/// (<c>ORDER#&lt;orderId&gt;</c>) holds what the invoice shows and how issuing went; one item
/// (<c>SEQUENCE#INVOICE</c>) holds the last number taken. A number is taken only in a transaction that
/// moves that counter from the value read to the next and writes it on the invoice, conditional on
/// both: so the numbers have no gaps and no repeats. The counter has no status, so no index lists it.
/// Credit notes live here too, numbered the same way from their own counter (<c>SEQUENCE#CREDIT_NOTE</c>):
/// one item per refund (<c>CREDIT#&lt;refundId&gt;</c>, its status in <c>noteStatus</c>, so the
/// invoices' status index never lists it), and per order the set of its refunds with a note
/// (<c>CREDITS#&lt;orderId&gt;</c>), written in the same transaction, so an order's notes are two reads.
/// </summary>
internal sealed class InvoicesTable(IAmazonDynamoDB dynamoDb, InvoicesOptions options, Transactions transactions)
{
    private const string InvoiceKey = "invoiceKey", OrderId = "orderId", UserId = "userId", Status = "status", CreatedAt = "createdAt";
    private const string UpdatedAt = "updatedAt", OrderedAt = "orderedAt", Currency = "currency", BillTo = "billTo", ShipTo = "shipTo";
    private const string Lines = "lines", Subtotal = "subtotal", Discount = "discount", Shipping = "shipping", Taxes = "taxes";
    private const string TaxIncluded = "taxIncluded", Total = "total", Sequence = "sequenceNumber", IssuedAt = "issuedAt";
    private const string Attempts = "attempts", Error = "error", LastNumberAttribute = "lastNumber";
    private const string Name = "name", AddressLines = "addressLines", Description = "description", Quantity = "qty";
    private const string UnitPrice = "unitPrice", TaxRate = "taxRate", Amount = "amount", Rate = "rate";
    private const string CounterKey = "SEQUENCE#INVOICE", CreditCounterKey = "SEQUENCE#CREDIT_NOTE";
    private const string NoteStatus = "noteStatus", RefundId = "refundId", RefundIds = "refundIds", RefundedAt = "refundedAt", Reason = "reason";
    private const string InvoiceNumber = "invoiceNumber";

    public static TableDefinition Definition(string tableName) =>
        TableDefinition.Keyed(tableName, InvoiceKey).WithIndex(InvoicesOptions.StatusIndex, Status, CreatedAt)
            .WithIndex(InvoicesOptions.CreditNoteStatusIndex, NoteStatus, CreatedAt);

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
    public void TakeNumber(WriteTransaction transaction, string orderId, long last, DateTimeOffset now) =>
        TakeNumber(transaction, CounterKey, OrderKey(orderId), last, now, null, new InvoiceNumberedMeanwhile(orderId));

    /// <summary>The same for a credit note, from its own counter; it also records the invoice it corrects.</summary>
    public void TakeCreditNoteNumber(WriteTransaction transaction, string refundId, long last, string? invoiceNumber, DateTimeOffset now) =>
        TakeNumber(transaction, CreditCounterKey, CreditKey(refundId), last, now, invoiceNumber, new CreditNoteNumberedMeanwhile(refundId));

    private void TakeNumber(WriteTransaction transaction, string counterKey, string itemKey, long last, DateTimeOffset now, string? invoiceNumber,
        ConditionFailure numberedMeanwhile)
    {
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(counterKey),
            UpdateExpression = "SET #lastNumber = :next",
            ConditionExpression = last == 0 ? "attribute_not_exists(#lastNumber)" : "#lastNumber = :last",
            ExpressionAttributeNames = Names(LastNumberAttribute),
            ExpressionAttributeValues = Attr.Map((":next", Attr.Number(last + 1)), (":last", last == 0 ? null : Attr.Number(last))),
        }, new SequenceMoved());
        var names = invoiceNumber is null ? Names(InvoiceKey, Sequence, IssuedAt, UpdatedAt) : Names(InvoiceKey, Sequence, IssuedAt, UpdatedAt, InvoiceNumber);
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(itemKey),
            UpdateExpression = "SET #sequenceNumber = :next, #issuedAt = :now, #updatedAt = :now" + (invoiceNumber is null ? "" : ", #invoiceNumber = :invoice"),
            ConditionExpression = "attribute_exists(#key) AND attribute_not_exists(#sequenceNumber)",
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = Attr.Map((":next", Attr.Number(last + 1)), (":now", Attr.Timestamp(now)), (":invoice", Attr.TextOrNull(invoiceNumber))),
        }, numberedMeanwhile);
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
        dynamoDb.CountUpToAsync(options.TableName, InvoicesOptions.StatusIndex, Status, Attr.Enum(status), cap, cancellationToken);

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

    /// <summary>Records the refund's credit note as due and adds the refund to its order's set of notes.</summary>
    public void RecordCreditNoteDue(WriteTransaction transaction, CreditNote note)
    {
        transaction.Put(new Put
        {
            TableName = options.TableName,
            Item = ToItem(note),
            ConditionExpression = $"attribute_not_exists({InvoiceKey})",
        }, new CreditNoteAlreadyDue(note.RefundId));
        transaction.Update(new Update
        {
            TableName = options.TableName,
            Key = Key(OrderCreditsKey(note.Draft.OrderId)),
            UpdateExpression = "ADD #refundIds :refund",
            ExpressionAttributeNames = Names(RefundIds),
            ExpressionAttributeValues = new() { [":refund"] = new AttributeValue { SS = [note.RefundId] } },
        });
    }

    public BatchedRead<CreditNote?> FindCreditNote(ReadBatch batch, string refundId) =>
        batch.Add(options.TableName, Key(CreditKey(refundId)), consistentRead: true, item => item is null ? null : ToCreditNote(item));

    /// <summary>The last credit note number taken; 0 before the first.</summary>
    public BatchedRead<long> LastCreditNoteNumber(ReadBatch batch) =>
        batch.Add(options.TableName, Key(CreditCounterKey), consistentRead: true, item => item is null ? 0 : item.LongNumber(LastNumberAttribute));

    /// <summary>The order's credit notes, oldest first: its set of refunds, then their notes.</summary>
    public async Task<IReadOnlyList<CreditNote>> CreditNotesOfOrderAsync(string orderId, CancellationToken cancellationToken)
    {
        if (await dynamoDb.FindAsync(options.TableName, Key(OrderCreditsKey(orderId)), consistentRead: true, cancellationToken) is not { } set
            || set.GetValueOrDefault(RefundIds)?.SS is not { Count: > 0 } refundIds)
        {
            return [];
        }
        var batch = transactions.BeginRead();
        var notes = refundIds.Select(refundId => FindCreditNote(batch, refundId)).ToList();
        await batch.ReadAsync(cancellationToken);
        return notes.Select(n => n.Value).OfType<CreditNote>().OrderBy(n => n.CreatedAt).ThenBy(n => n.RefundId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The credit note's PDF is stored: it is issued.</summary>
    public Task MarkCreditNoteIssuedAsync(string refundId, DateTimeOffset now, CancellationToken cancellationToken) =>
        dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(CreditKey(refundId)),
            UpdateExpression = "SET #noteStatus = :issued, #updatedAt = :now, #attempts = if_not_exists(#attempts, :zero) + :one REMOVE #error",
            ExpressionAttributeNames = Names(NoteStatus, UpdatedAt, Attempts, Error),
            ExpressionAttributeValues = Attr.Map((":issued", Attr.Enum(InvoiceStatus.Issued)), (":now", Attr.Timestamp(now)),
                (":zero", Attr.Number(0)), (":one", Attr.Number(1))),
        }, cancellationToken);

    /// <summary>Records a failed try; false when the note was issued meanwhile.</summary>
    public Task<bool> MarkCreditNoteFailedAsync(string refundId, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        Tables.IfConditionHoldsAsync(() => dynamoDb.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = options.TableName,
            Key = Key(CreditKey(refundId)),
            UpdateExpression = "SET #noteStatus = :failed, #error = :error, #updatedAt = :now, #attempts = if_not_exists(#attempts, :zero) + :one",
            ConditionExpression = "attribute_exists(#key) AND #noteStatus <> :issued",
            ExpressionAttributeNames = Names(InvoiceKey, NoteStatus, Error, UpdatedAt, Attempts),
            ExpressionAttributeValues = Attr.Map((":failed", Attr.Enum(InvoiceStatus.Failed)), (":issued", Attr.Enum(InvoiceStatus.Issued)),
                (":error", Attr.Text(error)), (":now", Attr.Timestamp(now)), (":zero", Attr.Number(0)), (":one", Attr.Number(1))),
        }, cancellationToken));

    /// <summary>Every credit note in <paramref name="status"/> recorded before <paramref name="cutoff"/>, oldest first.</summary>
    public IAsyncEnumerable<CreditNote> CreditNotesRecordedBeforeAsync(InvoiceStatus status, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        Tables.ReadAllAsync((startKey, ct) => dynamoDb.QueryPageAsync(new QueryRequest
        {
            TableName = options.TableName,
            IndexName = InvoicesOptions.CreditNoteStatusIndex,
            KeyConditionExpression = "#noteStatus = :status AND #createdAt < :cutoff",
            ExpressionAttributeNames = Names(NoteStatus, CreatedAt),
            ExpressionAttributeValues = Attr.Map((":status", Attr.Enum(status)), (":cutoff", Attr.Timestamp(cutoff))),
            Limit = 100,
            ExclusiveStartKey = startKey,
        }, ToCreditNote, ct), cancellationToken);

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

    private static string CreditKey(string refundId) => $"CREDIT#{refundId}";

    private static string OrderCreditsKey(string orderId) => $"CREDITS#{orderId}";

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

    private static Dictionary<string, AttributeValue> ToItem(CreditNote note)
    {
        var draft = note.Draft;
        return Attr.Map(
            (InvoiceKey, Attr.Text(CreditKey(draft.RefundId))), (RefundId, Attr.Text(draft.RefundId)), (OrderId, Attr.Text(draft.OrderId)),
            (UserId, Attr.Text(draft.UserId)), (NoteStatus, Attr.Enum(note.Status)), (CreatedAt, Attr.Timestamp(note.CreatedAt)),
            (Attempts, Attr.Number(note.Attempts)), (OrderedAt, Attr.Timestamp(draft.OrderedAt)), (RefundedAt, Attr.Timestamp(draft.RefundedAt)),
            (Currency, Attr.Text(draft.Currency)), (BillTo, Party(draft.BillTo)), (Reason, Attr.Text(draft.Reason)),
            (Lines, Attr.List(draft.Lines, line => Attr.Map((Description, Attr.Text(line.Description)), (Quantity, Attr.Number(line.Quantity)),
                (Amount, Attr.Number(line.Amount))))),
            (Total, Attr.Number(draft.Total)));
    }

    private static CreditNote ToCreditNote(Dictionary<string, AttributeValue> item) => new(
        new CreditNoteDraft(
            item.Text(RefundId), item.Text(OrderId), item.Text(UserId), item.Timestamp(OrderedAt), item.Timestamp(RefundedAt), item.Text(Currency),
            ToParty(item[BillTo].M), item.Text(Reason),
            item.List(Lines, line => new CreditNoteLine(line.Text(Description), line.Quantity(Quantity), line.Amount(Amount))), item.Amount(Total)),
        item.Enum<InvoiceStatus>(NoteStatus), item.TryGetValue(Sequence, out var sequence) ? long.Parse(sequence.N, System.Globalization.CultureInfo.InvariantCulture) : null,
        item.TimestampOrNull(IssuedAt), item.QuantityOr(Attempts, 0), item.TextOrNull(Error), item.Timestamp(CreatedAt), item.TextOrNull(InvoiceNumber));

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
