using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Invoices.Issuing;

/// <summary>How invoices and credit notes take the next number of their own gapless sequence: read the
/// document and the last number taken, then write the number on the condition that neither moved,
/// and read again when another worker got there first.</summary>
internal static class GaplessNumbering
{
    /// <summary>Tries at taking a number before leaving the document to the sweep. Each refused try means
    /// another document took the number read, so this bounds how many may be issued at the same moment
    /// before one of them waits for the sweep.</summary>
    public const int Attempts = 100;

    /// <summary>One try's outcome: the document settled (numbered now or earlier, or null: none is due),
    /// or the numbering's write refused.</summary>
    public readonly record struct Try<T>(bool Settled, T? Document);

    public static Try<T> Settled<T>(T? document) => new(true, document);

    public static Try<T> Refused<T>() => new(false, default);

    public static async Task<T?> TakeAsync<T>(string document, Func<CancellationToken, Task<Try<T>>> tryOnce, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await tryOnce(cancellationToken);
            if (result.Settled)
            {
                return result.Document;
            }
            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"Another {document} took the number each of {Attempts} times");
            }
            // Refused: the counter moved on (read it again) or the document was numbered meanwhile (read that).
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 20)), cancellationToken);
        }
    }

    /// <summary>False when a condition was refused or other transactions kept conflicting; nothing was written then.</summary>
    public static async Task<bool> CommitAsync(WriteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            return (await transaction.CommitAsync(cancellationToken)).IsCommitted;
        }
        catch (Exception e) when (e is Amazon.DynamoDBv2.Model.TransactionCanceledException or Amazon.DynamoDBv2.Model.TransactionConflictException)
        {
            return false;
        }
    }
}
