namespace CloudRetail.Testing;

/// <summary>The system clock, which a test can move forward (and back) to make time pass.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    /// <summary>Moves the clock forward until the returned handle is disposed.</summary>
    public IDisposable Advance(TimeSpan by)
    {
        _offset += by;
        return new Restore(() => _offset -= by);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
