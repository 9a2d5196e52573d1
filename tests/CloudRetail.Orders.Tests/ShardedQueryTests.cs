using System.Globalization;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;

namespace CloudRetail.Orders.Tests;

/// <summary>The merge of the status index's shards, against shards that answer a Query as DynamoDB does:
/// at most Limit items evaluated from the exclusive start key, the filter applied to those, and a last
/// evaluated key whenever the Limit stopped the read (even on the shard's last item).</summary>
public sealed class ShardedQueryTests
{
    private const int Shards = 4;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_page_size_lists_each_order_once_in_the_merged_order(bool newestFirst)
    {
        var shards = new FakeShards(Interleaved(), newestFirst);
        var everything = shards.Sorted();

        for (var size = 1; size <= shards.Count + 1; size++)
        {
            var read = await PageThroughAsync(shards, newestFirst, size, filter: null);

            Assert.Equal(everything, read.SelectMany(page => page));
            Assert.All(read.SkipLast(1), page => Assert.Equal(size, page.Count));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_filtered_read_lists_each_match_once_in_order_though_a_shards_page_comes_back_short(bool newestFirst)
    {
        var shards = new FakeShards(Interleaved(), newestFirst);
        Func<Item, bool> bigOnes = item => item.Total >= 50;
        var matches = shards.Sorted().Where(id => bigOnes(shards.Find(id))).ToList();

        for (var size = 1; size <= shards.Count + 1; size++)
        {
            var read = await PageThroughAsync(shards, newestFirst, size, bigOnes);

            Assert.Equal(matches, read.SelectMany(page => page));
            Assert.All(read, page => Assert.True(page.Count <= size));
        }
    }

    [Fact]
    public async Task A_shard_whose_filtered_page_came_back_empty_holds_back_what_it_may_still_precede()
    {
        // Shard 0 keeps nothing of its first page (two small orders), then a big one at 00:05; shard 1 has big orders at 00:03..00:07.
        var shards = new FakeShards([
            new(0, "a1", At(1), 10), new(0, "a2", At(2), 10), new(0, "a3", At(5), 90),
            new(1, "b1", At(3), 90), new(1, "b2", At(4), 90), new(1, "b3", At(6), 90), new(1, "b4", At(7), 90)], newestFirst: false);
        var query = new ShardedQuery(2, "createdAt", ["orderId", "statusShard", "createdAt"], newestFirst: false);

        var first = await query.PageAsync(shards.Reader(item => item.Total >= 50), 2, null, default);
        var second = await query.PageAsync(shards.Reader(item => item.Total >= 50), 2, first.LastKey, default);

        // Shard 0's page ended at 00:02 with more to come: nothing after 00:02 can be taken yet.
        Assert.Empty(first.Items);
        Assert.NotNull(first.LastKey);
        Assert.Equal(["b1", "b2"], second.Items.Select(Id));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reading_everything_merges_the_shards_and_reads_each_item_once(bool newestFirst)
    {
        var shards = new FakeShards(Interleaved(), newestFirst);
        var query = new ShardedQuery(Shards, "createdAt", ["orderId", "statusShard", "createdAt"], newestFirst);

        var all = new List<string>();
        await foreach (var item in query.AllAsync(shards.Reader(null), pageSize: 3, default))
        {
            all.Add(Id(item));
        }

        Assert.Equal(shards.Sorted(), all);
        Assert.Equal(shards.Count, shards.Evaluated);
    }

    [Fact]
    public async Task A_page_costs_one_query_of_each_shard_not_yet_read_to_its_end()
    {
        var shards = new FakeShards([new(0, "a1", At(1), 1), new(1, "b1", At(2), 1), new(1, "b2", At(3), 1), new(2, "c1", At(4), 1)], newestFirst: true);
        var query = new ShardedQuery(Shards, "createdAt", ["orderId", "statusShard", "createdAt"], newestFirst: true);

        var first = await query.PageAsync(shards.Reader(null), 2, null, default);
        var afterFirst = shards.Queries;
        var second = await query.PageAsync(shards.Reader(null), 2, first.LastKey, default);

        Assert.Equal(["c1", "b2"], first.Items.Select(Id));
        Assert.Equal(Shards, afterFirst);
        // Shards 2 and 3 came back whole on the first page: only 0 and 1 are read again.
        Assert.Equal(["b1", "a1"], second.Items.Select(Id));
        Assert.Equal(2, shards.Queries - afterFirst);
        Assert.Null(second.LastKey);
    }

    [Fact]
    public async Task A_count_adds_up_the_shards_and_stays_capped_as_one_query_would()
    {
        Assert.Equal(10, await ShardedQuery.CountAsync(4, (shard, _) => Task.FromResult(shard + 1), cap: 100, default));
        Assert.Equal(101, await ShardedQuery.CountAsync(4, (_, _) => Task.FromResult(60), cap: 100, default));
    }

    [Fact]
    public void An_orders_shard_is_a_stable_hash_of_its_id_and_orders_spread_evenly()
    {
        var counts = new int[OrdersOptions.StatusShards];
        for (var i = 0; i < 8000; i++)
        {
            var shard = OrdersTable.StatusShardOf(OrderStatus.Pending, $"O-{Guid.NewGuid()}");
            counts[int.Parse(shard["PENDING#".Length..], CultureInfo.InvariantCulture)]++;
        }

        // SHA-256 of "O-1" begins cf4bd988; 0xcf4bd988 % 8 = 0: the same in any process and any tool (sha256sum).
        Assert.Equal("CONFIRMED#0", OrdersTable.StatusShardOf(OrderStatus.Confirmed, "O-1"));
        Assert.Equal(OrdersTable.StatusShardOf(OrderStatus.Pending, "O-1")[^2..], OrdersTable.StatusShardOf(OrderStatus.Shipped, "O-1")[^2..]);
        Assert.All(counts, count => Assert.InRange(count, 800, 1200));
    }

    /// <summary>Every page until the cursor runs out, each cursor through the kit's signed encoding as the API hands it out.</summary>
    private static async Task<List<List<string>>> PageThroughAsync(FakeShards shards, bool newestFirst, int size, Func<Item, bool>? filter)
    {
        var paging = new Paging(new byte[32]);
        var query = new ShardedQuery(Shards, "createdAt", ["orderId", "statusShard", "createdAt"], newestFirst);
        var pages = new List<List<string>>();
        string? cursor = null;
        do
        {
            Assert.True(paging.TryDecode("test", cursor, out var startKey));
            var page = await query.PageAsync(shards.Reader(filter), size, startKey, default);
            pages.Add(page.Items.Select(Id).ToList());
            cursor = paging.Encode("test", page.LastKey);
            Assert.True(pages.Count < 200, "paging ends");
        }
        while (cursor is not null);
        return pages;
    }

    /// <summary>Twenty orders over four shards, their times interleaved, some equal within a shard and across shards.</summary>
    private static List<Item> Interleaved() =>
    [
        .. Enumerable.Range(0, 20).Select(i => new Item(i % Shards, $"o{i:00}", At(i / 3), (i * 37) % 100)),
        new(3, "late", At(2), 70), new(0, "same", At(2), 40),
    ];

    private static string At(int minute) => new DateTime(2026, 12, 1, 0, minute, 0, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    private static string Id(Dictionary<string, AttributeValue> item) => item["orderId"].S;

    private sealed record Item(int Shard, string OrderId, string CreatedAt, int Total)
    {
        public Dictionary<string, AttributeValue> ToAttributes() => new()
        {
            ["orderId"] = new() { S = OrderId }, ["statusShard"] = new() { S = $"PENDING#{Shard}" }, ["createdAt"] = new() { S = CreatedAt },
            ["totalAmount"] = new() { N = Total.ToString(CultureInfo.InvariantCulture) },
        };
    }

    /// <summary>Each shard's items in the index's order: createdAt, ties by order id.</summary>
    private sealed class FakeShards(List<Item> items, bool newestFirst)
    {
        public int Count => items.Count;

        public int Queries { get; private set; }

        public int Evaluated { get; private set; }

        public Item Find(string orderId) => items.Single(i => i.OrderId == orderId);

        /// <summary>The merged order the query promises: createdAt, then the lower shard, then the shard's own order.</summary>
        public List<string> Sorted() => [.. Enumerable.Range(0, Shards).SelectMany(shard => InShard(shard).Select(item => (item, shard)))
            .Select((entry, position) => (entry.item, entry.shard, position))
            .OrderBy(e => e.item.CreatedAt, newestFirst ? Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a)) : StringComparer.Ordinal)
            .ThenBy(e => e.shard).ThenBy(e => e.position)
            .Select(e => e.item.OrderId)];

        public ShardedQuery.ReadShard Reader(Func<Item, bool>? filter) => (shard, startKey, limit, _) =>
        {
            Queries++;
            var inShard = InShard(shard).ToList();
            var from = startKey is null ? 0 : inShard.FindIndex(i => i.OrderId == startKey["orderId"].S) + 1;
            var evaluated = inShard.Skip(from).Take(limit).ToList();
            Evaluated += evaluated.Count;
            var last = evaluated.Count == limit ? evaluated[^1].ToAttributes() : null;
            return Task.FromResult(new Page<Dictionary<string, AttributeValue>>(
                evaluated.Where(i => filter?.Invoke(i) ?? true).Select(i => i.ToAttributes()).ToList(),
                last is null ? null : new() { ["orderId"] = last["orderId"], ["statusShard"] = last["statusShard"], ["createdAt"] = last["createdAt"] }));
        };

        private IEnumerable<Item> InShard(int shard)
        {
            var ordered = items.Where(i => i.Shard == shard).OrderBy(i => i.CreatedAt, StringComparer.Ordinal).ThenBy(i => i.OrderId, StringComparer.Ordinal);
            return newestFirst ? ordered.Reverse() : ordered;
        }
    }
}
