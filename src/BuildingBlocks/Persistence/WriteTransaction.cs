using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>
/// One DynamoDB TransactWriteItems that several modules add their own writes to, committed once by
/// the module that owns the use case: all writes happen, or none does.
/// </summary>
public sealed class WriteTransaction(IAmazonDynamoDB dynamoDb)
{
    // DynamoDB allows 100 actions in one transaction.
    public const int MaxWrites = 100;
    private const int MaxAttempts = 5;

    private readonly List<(TransactWriteItem Write, string? Check)> _writes = [];

    public int Count => _writes.Count;

    /// <summary>Adds a write. <paramref name="check"/> names the business rule its condition guards
    /// (a product id, say), reported back when that condition is what cancelled the transaction.</summary>
    public void Add(TransactWriteItem write, string? check = null)
    {
        if (_writes.Count == MaxWrites)
        {
            throw new InvalidOperationException($"A transaction holds at most {MaxWrites} writes.");
        }
        _writes.Add((write, check));
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
                await dynamoDb.TransactWriteItemsAsync(request, cancellationToken);
                return TransactionOutcome.Committed;
            }
            catch (TransactionCanceledException cancelled)
            {
                var failedChecks = FailedChecks(cancelled);
                if (failedChecks.Count > 0)
                {
                    return TransactionOutcome.Rejected(failedChecks);
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

    private List<string> FailedChecks(TransactionCanceledException cancelled) =>
        cancelled.CancellationReasons
            .Select((reason, index) => reason.Code == "ConditionalCheckFailed" ? _writes[index].Check ?? "unnamed condition" : null)
            .OfType<string>()
            .Distinct()
            .ToList();

    private static bool IsConflict(TransactionCanceledException cancelled) =>
        cancelled.CancellationReasons.Any(r => r.Code is "TransactionConflict" or "ThrottlingError");
}

public sealed record TransactionOutcome(bool IsCommitted, IReadOnlyList<string> FailedChecks)
{
    public static readonly TransactionOutcome Committed = new(true, []);

    public static TransactionOutcome Rejected(IReadOnlyList<string> failedChecks) => new(false, failedChecks);
}
