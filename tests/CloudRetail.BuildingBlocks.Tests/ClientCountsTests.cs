using System.Diagnostics;
using System.Net;
using CloudRetail.BuildingBlocks.RateLimits;

namespace CloudRetail.BuildingBlocks.Tests;

/// <summary>The in-memory counts behind every limit: bounded whatever number of clients an attack
/// comes from, and still limiting the clients it already counts.</summary>
public sealed class ClientCountsTests
{
    private static readonly ClientLimit Limit = new("test", Permits: 3, Window: TimeSpan.FromMinutes(10));

    [Fact]
    public async Task A_hundred_thousand_clients_in_one_window_hold_at_most_the_cap_and_cost_constant_time_each()
    {
        var clock = new SteppingClock();
        var counts = new MemoryClientCounts(clock, maxKeysPerLimit: 20_000);
        await Exhaust(counts, "victim-of-its-own-guessing");

        var timer = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++)
        {
            await counts.TryCountAsync(Limit, $"10.{i >> 16}.{(i >> 8) & 255}.{i & 255}", CancellationToken.None);
        }
        timer.Stop();

        Assert.InRange(counts.KeysHeld(Limit), 1, 20_001);
        // A scan of every key per new key (what the login limit did past 10,000) takes minutes here.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(5), $"100,000 clients took {timer.Elapsed}");
        // Flooding new keys neither flushes a count already held nor lets the flood through unlimited.
        Assert.NotNull(await counts.RetryAfterAsync(Limit, "victim-of-its-own-guessing", CancellationToken.None));
        Assert.NotNull(await counts.TryCountAsync(Limit, "yet-another-address", CancellationToken.None));
    }

    [Fact]
    public async Task Ended_windows_are_dropped_as_new_ones_begin_so_memory_follows_the_live_clients()
    {
        var clock = new SteppingClock();
        var counts = new MemoryClientCounts(clock, maxKeysPerLimit: 20_000);
        for (var i = 0; i < 100_000; i++)
        {
            // 1,000 new clients a minute: at most 10,000 of them in any 10-minute window.
            clock.Now += TimeSpan.FromMilliseconds(60);
            await counts.TryCountAsync(Limit, $"client-{i}", CancellationToken.None);
        }

        Assert.InRange(counts.KeysHeld(Limit), 9_000, 10_001);
        Assert.Null(await counts.TryCountAsync(Limit, "client-99999", CancellationToken.None));
    }

    [Fact]
    public async Task A_client_past_its_permits_waits_until_its_window_ends_then_counts_again()
    {
        var clock = new SteppingClock();
        var counts = new MemoryClientCounts(clock);
        await Exhaust(counts, "c");
        clock.Now += TimeSpan.FromMinutes(4);

        Assert.Equal(TimeSpan.FromMinutes(6), await counts.TryCountAsync(Limit, "c", CancellationToken.None));
        Assert.Equal(TimeSpan.FromMinutes(6), await counts.RetryAfterAsync(Limit, "c", CancellationToken.None));
        clock.Now += TimeSpan.FromMinutes(6);
        Assert.Null(await counts.TryCountAsync(Limit, "c", CancellationToken.None));
    }

    [Fact]
    public void Every_address_of_one_ipv6_64_is_one_client_and_an_ipv4_mapped_address_is_its_ipv4()
    {
        Assert.Equal(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        Assert.NotEqual(ClientAddress.Key(IPAddress.Parse("2001:db8:1:2::1")), ClientAddress.Key(IPAddress.Parse("2001:db8:1:3::1")));
        Assert.Equal("192.0.2.7", ClientAddress.Key(IPAddress.Parse("::ffff:192.0.2.7")));
    }

    private static async Task Exhaust(MemoryClientCounts counts, string key)
    {
        for (var i = 0; i < Limit.Permits; i++)
        {
            Assert.Null(await counts.TryCountAsync(Limit, key, CancellationToken.None));
        }
        Assert.NotNull(await counts.TryCountAsync(Limit, key, CancellationToken.None));
    }

    private sealed class SteppingClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
