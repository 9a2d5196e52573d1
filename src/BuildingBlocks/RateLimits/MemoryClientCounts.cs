using System.Collections.Concurrent;

namespace CloudRetail.BuildingBlocks.RateLimits;

/// <summary>
/// Counts in this process, each limit in a <see cref="WindowCounts"/> of at most
/// <see cref="MaxKeysPerLimit"/> clients: memory stays bounded whatever number of addresses an attack
/// comes from. Exact on one server; on Lambda each instance counts on its own.
/// </summary>
public sealed class MemoryClientCounts(TimeProvider clock, int maxKeysPerLimit = MemoryClientCounts.MaxKeysPerLimit) : IClientCounts
{
    /// <summary>About 200 bytes a client: some 4 MB a limit at most.</summary>
    public const int MaxKeysPerLimit = 20_000;

    private readonly ConcurrentDictionary<string, WindowCounts> _limits = new(StringComparer.Ordinal);

    public ValueTask<TimeSpan?> TryCountAsync(ClientLimit limit, string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(For(limit).TryCount(key, limit.Permits));

    public ValueTask<TimeSpan?> RetryAfterAsync(ClientLimit limit, string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(For(limit).RetryAfter(key, limit.Permits));

    /// <summary>The clients a limit holds a count for now (for tests and a dump).</summary>
    public int KeysHeld(ClientLimit limit) => For(limit).KeysHeld;

    private WindowCounts For(ClientLimit limit) =>
        _limits.GetOrAdd($"{limit.Name}/{limit.Window.Ticks}", _ => new WindowCounts(limit.Window, maxKeysPerLimit, clock));
}

/// <summary>
/// Fixed windows per key, each starting at its key's first count. Every window of one limit lasts as
/// long, so windows end in the order they began: a queue in that order lets each new window drop the
/// ended ones at its head, a constant cost per count instead of a scan of every key. When
/// <c>maxKeys</c> clients hold a live window, a client not among them is counted in one shared
/// overflow window: an attack spread over more addresses than that is limited as one client, and the
/// clients already counted keep their counts (no one can flush a count by flooding new keys).
/// </summary>
internal sealed class WindowCounts(TimeSpan window, int maxKeys, TimeProvider clock)
{
    public const string Overflow = "(overflow)";

    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Ends)> _byEnd = new();
    private readonly Lock _lock = new();

    public int KeysHeld
    {
        get
        {
            lock (_lock)
            {
                return _windows.Count;
            }
        }
    }

    public TimeSpan? TryCount(string key, int permits)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            DropEnded(now);
            if (!_windows.TryGetValue(key, out var current) && _windows.Count >= maxKeys)
            {
                key = Overflow;
                _windows.TryGetValue(key, out current);
            }
            if (current is null || current.Ends <= now)
            {
                current = new Window(now + window);
                _windows[key] = current;
                _byEnd.Enqueue((key, current.Ends));
            }
            if (current.Count >= permits)
            {
                return current.Ends - now;
            }
            current.Count++;
            return null;
        }
    }

    public TimeSpan? RetryAfter(string key, int permits)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_windows.TryGetValue(key, out var current) && _windows.Count >= maxKeys)
            {
                _windows.TryGetValue(Overflow, out current);
            }
            return current is not null && current.Ends > now && current.Count >= permits ? current.Ends - now : null;
        }
    }

    private void DropEnded(DateTimeOffset now)
    {
        while (_byEnd.TryPeek(out var head) && head.Ends <= now)
        {
            _byEnd.Dequeue();
            // A key whose window restarted since has a later entry further back: leave its new window.
            if (_windows.TryGetValue(head.Key, out var current) && current.Ends == head.Ends)
            {
                _windows.Remove(head.Key);
            }
        }
    }

    private sealed class Window(DateTimeOffset ends)
    {
        public DateTimeOffset Ends { get; } = ends;

        public int Count { get; set; }
    }
}
