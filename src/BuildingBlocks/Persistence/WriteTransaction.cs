using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// One DynamoDB TransactWriteItems that several modules add their own writes to, committed once by
/// the module that owns the use case: all writes happen, or none does. Started by
/// <see cref="Transactions.BeginWrite"/>; each table adds its writes with <see cref="Put"/>,
/// <see cref="Update"/> or <see cref="Delete"/>, naming what a refused condition means.
/// </summary>
public sealed class WriteTransaction
{
    // DynamoDB allows 100 actions in one transaction.
    public const int MaxWrites = 100;
    private const int MaxAttempts = 5;

    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly List<(TransactWriteItem Write, ConditionFailure? IfRefused)> _writes = [];

    internal WriteTransaction(IAmazonDynamoDB dynamoDb) => _dynamoDb = dynamoDb;

    public int Count => _writes.Count;

    public void Put(Put put, ConditionFailure? ifRefused = null) => Add(new TransactWriteItem { Put = put }, put.ConditionExpression, ifRefused);

    public void Update(Update update, ConditionFailure? ifRefused = null) => Add(new TransactWriteItem { Update = update }, update.ConditionExpression, ifRefused);

    public void Delete(Delete delete, ConditionFailure? ifRefused = null) => Add(new TransactWriteItem { Delete = delete }, delete.ConditionExpression, ifRefused);

    private void Add(TransactWriteItem write, string? condition, ConditionFailure? ifRefused)
    {
        // A condition nobody named would come back as a failure no caller can tell apart.
        if (!string.IsNullOrEmpty(condition) && ifRefused is null)
        {
            throw new ArgumentException($"Name what a refusal of '{condition}' means.", nameof(ifRefused));
        }
        if (_writes.Count == MaxWrites)
        {
            throw new InvalidOperationException($"A transaction holds at most {MaxWrites} writes.");
        }
        _writes.Add((write, ifRefused));
    }

    public async Task<TransactionOutcome> CommitAsync(CancellationToken cancellationToken)
    {
        if (_writes.Count == 0)
        {
            return TransactionOutcome.Committed;
        }
        for (var attempt = 1; ; attempt++)
        {
            var request = new TransactWriteItemsRequest
            {
                TransactItems = _writes.Select(w => w.Write).ToList(),
                // The SDK resends this same request after a lost response; the token makes DynamoDB
                // apply it once. A new attempt after a cancellation wrote nothing, so it gets a new token.
                ClientRequestToken = Guid.NewGuid().ToString("N"),
            };
            try
            {
                await _dynamoDb.TransactWriteItemsAsync(request, cancellationToken);
                return TransactionOutcome.Committed;
            }
            catch (TransactionCanceledException cancelled)
            {
                var failures = Failures(cancelled);
                if (failures.Count > 0)
                {
                    return TransactionOutcome.Refused(failures);
                }
                // Cancelled only because another transaction touched the same items: nothing was
                // written, so trying again is safe.
                if (attempt == MaxAttempts || !IsConflict(cancelled))
                {
                    throw;
                }
            }
            catch (TransactionConflictException) when (attempt < MaxAttempts)
            {
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 40) * attempt), cancellationToken);
        }
    }

    private List<ConditionFailure> Failures(TransactionCanceledException cancelled) =>
        cancelled.CancellationReasons
            .Select((reason, index) => reason.Code == "ConditionalCheckFailed" ? _writes[index].IfRefused : null)
            .OfType<ConditionFailure>()
            .Distinct()
            .ToList();

    private static bool IsConflict(TransactionCanceledException cancelled) =>
        cancelled.CancellationReasons.Any(r => r.Code is "TransactionConflict" or "ThrottlingError");
}

/// <summary>Committed, or refused with what each failed condition means.</summary>
public sealed record TransactionOutcome(bool IsCommitted, IReadOnlyList<ConditionFailure> Failures)
{
    public static readonly TransactionOutcome Committed = new(true, []);

    public static TransactionOutcome Refused(IReadOnlyList<ConditionFailure> failures) => new(false, failures);

    public bool Failed<T>() where T : ConditionFailure => Failures.OfType<T>().Any();
}
