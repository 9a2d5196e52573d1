using System.Globalization;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders.Persistence;

/// <summary>
/// One read of an index whose partition is written in shards (the status index: <c>&lt;STATUS&gt;#&lt;n&gt;</c>):
/// the same Query asked of every shard, the answers merged as if they came from one partition. The merged
/// order is the sort key (<paramref name="sortKey"/>, text, compared as DynamoDB does), then the shard's
/// number, then each shard's own order; so a page starts where the last one ended whatever the shards hold.
/// </summary>
/// <param name="keyAttributes">The attributes that key an item of the index (the table's key and the
/// index's), from which a shard is resumed.</param>
internal sealed class ShardedQuery(int shards, string sortKey, IReadOnlyList<string> keyAttributes, bool newestFirst)
{
    /// <summary>One Query page of shard <c>shard</c>: at most <c>limit</c> items evaluated from <c>startKey</c>
    /// (exclusive; null: the shard's first), those a filter kept, and the key to resume after it.</summary>
    public delegate Task<Page<Dictionary<string, AttributeValue>>> ReadShard(
        int shard, Dictionary<string, AttributeValue>? startKey, int limit, CancellationToken cancellationToken);

    private const string Finished = "done";

    /// <summary>
    /// A page of at most <paramref name="size"/> items, in merged order, from one Query of each shard not yet
    /// read to its end (so N calls). An item is taken only when no shard can still hold one before it: a shard
    /// whose Query came back short but not finished (a filter dropped items) bounds the page by the last key it
    /// evaluated, so such a page can be shorter than asked, never out of order. The cursor (<see cref="Page{T}.LastKey"/>)
    /// holds, per shard, the key to resume after or that it is finished; null when every shard is.
    /// </summary>
    public async Task<Page<Dictionary<string, AttributeValue>>> PageAsync(
        ReadShard read, int size, Dictionary<string, AttributeValue>? cursor, CancellationToken cancellationToken)
    {
        var starts = Resume(cursor);
        var answers = await Task.WhenAll(starts.Select((start, shard) => start.Done
            ? Task.FromResult(new Page<Dictionary<string, AttributeValue>>([], null))
            : read(shard, start.Key, size, cancellationToken)));
        var unread = answers.Select(answer => new Queue<Dictionary<string, AttributeValue>>(answer.Items)).ToArray();
        var lastTaken = new Dictionary<string, AttributeValue>?[shards];
        var taken = new List<Dictionary<string, AttributeValue>>(size);
        while (taken.Count < size && First(unread) is { } shard && !HiddenBefore(unread[shard].Peek(), shard, unread, answers))
        {
            lastTaken[shard] = unread[shard].Dequeue();
            taken.Add(lastTaken[shard]!);
        }
        var next = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        var finished = 0;
        for (var shard = 0; shard < shards; shard++)
        {
            if (starts[shard].Done || (unread[shard].Count == 0 && answers[shard].LastKey is null))
            {
                next[Name(shard)] = new AttributeValue { S = Finished };
                finished++;
                continue;
            }
            // What is left unread of the page is read again next time; a shard read to its page's end resumes after
            // the last key it evaluated, which a filter may have carried past the last item it kept.
            var resumeAfter = unread[shard].Count == 0 ? answers[shard].LastKey : lastTaken[shard] is { } item ? KeyOf(item) : starts[shard].Key;
            foreach (var (attribute, value) in resumeAfter ?? [])
            {
                next[$"{Name(shard)}:{attribute}"] = value;
            }
        }
        return new(taken, finished == shards ? null : next);
    }

    /// <summary>Every item, in merged order: each shard read page by page (<paramref name="pageSize"/>) only as far
    /// as the merge needs it, so every item is read once.</summary>
    public async IAsyncEnumerable<Dictionary<string, AttributeValue>> AllAsync(
        ReadShard read, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var readers = Enumerable.Range(0, shards)
            .Select(shard => Tables.ReadAllAsync((startKey, ct) => read(shard, startKey, pageSize, ct), cancellationToken).GetAsyncEnumerator(cancellationToken))
            .ToArray();
        try
        {
            var hasItem = await Task.WhenAll(readers.Select(reader => reader.MoveNextAsync().AsTask()));
            while (true)
            {
                int? first = null;
                for (var shard = 0; shard < shards; shard++)
                {
                    if (hasItem[shard] && (first is not { } best || Before(readers[shard].Current, shard, readers[best].Current, best)))
                    {
                        first = shard;
                    }
                }
                if (first is not { } next)
                {
                    yield break;
                }
                yield return readers[next].Current;
                hasItem[next] = await readers[next].MoveNextAsync();
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                await reader.DisposeAsync();
            }
        }
    }

    /// <summary>A count over every shard (each counting up to <paramref name="cap"/> + 1), added up and capped at
    /// <paramref name="cap"/> + 1 like one Query's: N calls, in parallel.</summary>
    public static async Task<int> CountAsync(int shards, Func<int, CancellationToken, Task<int>> count, int cap, CancellationToken cancellationToken) =>
        Math.Min((await Task.WhenAll(Enumerable.Range(0, shards).Select(shard => count(shard, cancellationToken)))).Sum(), cap + 1);

    /// <summary>The shard whose next unread item comes first, or null when none has one.</summary>
    private int? First(Queue<Dictionary<string, AttributeValue>>[] unread)
    {
        int? first = null;
        for (var shard = 0; shard < shards; shard++)
        {
            if (unread[shard].Count > 0 && (first is not { } best || Before(unread[shard].Peek(), shard, unread[best].Peek(), best)))
            {
                first = shard;
            }
        }
        return first;
    }

    /// <summary>Whether a shard read short (nothing left of its page, more after its last evaluated key) may
    /// still hold an item that comes before <paramref name="item"/>.</summary>
    private bool HiddenBefore(Dictionary<string, AttributeValue> item, int shard, Queue<Dictionary<string, AttributeValue>>[] unread,
        Page<Dictionary<string, AttributeValue>>[] answers)
    {
        for (var other = 0; other < shards; other++)
        {
            if (unread[other].Count == 0 && answers[other].LastKey is { } evaluated && !Before(item, shard, evaluated, other))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The merged order: sort key (newest or oldest first), then the lower shard.</summary>
    private bool Before(Dictionary<string, AttributeValue> item, int shard, Dictionary<string, AttributeValue> other, int otherShard)
    {
        var bySortKey = string.CompareOrdinal(item[sortKey].S, other[sortKey].S);
        return (newestFirst ? -bySortKey : bySortKey) is var order && (order < 0 || (order == 0 && shard < otherShard));
    }

    private Dictionary<string, AttributeValue> KeyOf(Dictionary<string, AttributeValue> item) =>
        keyAttributes.ToDictionary(attribute => attribute, attribute => item[attribute], StringComparer.Ordinal);

    // The cursor is one flat key, as the kit's signed cursors carry: "<n>:<attribute>" for the key shard n resumes
    // after, "<n>" when shard n is finished, nothing for a shard not read yet.
    private (bool Done, Dictionary<string, AttributeValue>? Key)[] Resume(Dictionary<string, AttributeValue>? cursor)
    {
        var starts = new (bool Done, Dictionary<string, AttributeValue>? Key)[shards];
        for (var shard = 0; cursor is not null && shard < shards; shard++)
        {
            var prefix = $"{Name(shard)}:";
            var key = cursor.Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
                .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value, StringComparer.Ordinal);
            starts[shard] = (cursor.ContainsKey(Name(shard)), key.Count > 0 ? key : null);
        }
        return starts;
    }

    private static string Name(int shard) => shard.ToString(CultureInfo.InvariantCulture);
}
