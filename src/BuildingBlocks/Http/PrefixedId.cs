namespace CloudRetail.BuildingBlocks.Http;

/// <summary>An id the shop makes itself: a fixed prefix and a UUID (<c>O-…</c>, <c>PAY-…</c>). Knowing the
/// shape lets a route refuse any other value before it reaches a table key.</summary>
public sealed class PrefixedId(string field, string prefix)
{
    public string Field { get; } = field;

    public string Rule { get; } = $"{field} must be {prefix} followed by a UUID";

    public string New() => $"{prefix}{Guid.NewGuid():D}";

    public bool IsWellFormed(string? id) =>
        id is not null && id.Length == prefix.Length + 36 && id.StartsWith(prefix, StringComparison.Ordinal)
        && Guid.TryParseExact(id.AsSpan(prefix.Length), "D", out _);
}
