using System.Globalization;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>An amount with its ISO currency, as one value; a table stores it as two attributes.</summary>
public readonly record struct Money(decimal Amount, string Currency);

/// <summary>
/// How the shop's values are written to DynamoDB, once for every table: text, quantities and
/// amounts as numbers in the invariant culture, instants as ISO-8601 UTC text (they sort as they
/// happened, so indexes can range over them), expiry as epoch seconds (what TTL reads), enums by
/// <see cref="UpperCaseNames"/>. A <c>null</c> from an <c>...OrNull</c> codec leaves the attribute out.
/// </summary>
public static class Attr
{
    public static AttributeValue Text(string value) => new() { S = value };

    public static AttributeValue? TextOrNull(string? value) => string.IsNullOrEmpty(value) ? null : Text(value);

    public static AttributeValue Number(long value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue Number(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };

    public static AttributeValue? NumberOrNull(decimal? value) => value is { } number ? Number(number) : null;

    public static AttributeValue Timestamp(DateTimeOffset value) => Text(TimestampText(value));

    public static AttributeValue? TimestampOrNull(DateTimeOffset? value) => value is { } instant ? Timestamp(instant) : null;

    /// <summary>A flag that is written only when set, so items written before it existed read as unset.</summary>
    public static AttributeValue? FlagOrNull(bool value) => value ? new() { BOOL = true } : null;

    /// <summary>Seconds since 1970, the form DynamoDB's TTL deletes by.</summary>
    public static AttributeValue Epoch(DateTimeOffset value) => Number(value.ToUnixTimeSeconds());

    public static AttributeValue Enum<T>(T value) where T : struct, System.Enum => Text(value.Name());

    public static AttributeValue List<T>(IEnumerable<T> values, Func<T, Dictionary<string, AttributeValue>> map) =>
        new() { L = values.Select(v => new AttributeValue { M = map(v) }).ToList() };

    public static string TimestampText(DateTimeOffset value) => value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>An item, key or set of expression values; attributes without a value are left out.</summary>
    public static Dictionary<string, AttributeValue> Map(params ReadOnlySpan<(string Name, AttributeValue? Value)> attributes)
    {
        var map = new Dictionary<string, AttributeValue>(attributes.Length, StringComparer.Ordinal);
        foreach (var (name, value) in attributes)
        {
            if (value is not null)
            {
                map[name] = value;
            }
        }
        return map;
    }

    /// <summary>Writes <paramref name="money"/> as its two attributes.</summary>
    public static Dictionary<string, AttributeValue> With(this Dictionary<string, AttributeValue> item, string amount, string currency, Money money)
    {
        item[amount] = Number(money.Amount);
        item[currency] = Text(money.Currency);
        return item;
    }

    public static string Text(this Dictionary<string, AttributeValue> item, string name) => item[name].S;

    public static string? TextOrNull(this Dictionary<string, AttributeValue> item, string name) => item.GetValueOrDefault(name)?.S;

    public static int Quantity(this Dictionary<string, AttributeValue> item, string name) => int.Parse(item[name].N, CultureInfo.InvariantCulture);

    public static int QuantityOr(this Dictionary<string, AttributeValue> item, string name, int absent) =>
        item.TryGetValue(name, out var value) ? int.Parse(value.N, CultureInfo.InvariantCulture) : absent;

    public static long LongNumber(this Dictionary<string, AttributeValue> item, string name) => long.Parse(item[name].N, CultureInfo.InvariantCulture);

    public static decimal Amount(this Dictionary<string, AttributeValue> item, string name) => decimal.Parse(item[name].N, CultureInfo.InvariantCulture);

    public static decimal? AmountOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? decimal.Parse(value.N, CultureInfo.InvariantCulture) : null;

    public static Money Money(this Dictionary<string, AttributeValue> item, string amount, string currency) => new(item.Amount(amount), item.Text(currency));

    public static DateTimeOffset Timestamp(this Dictionary<string, AttributeValue> item, string name) =>
        DateTimeOffset.Parse(item[name].S, CultureInfo.InvariantCulture);

    public static DateTimeOffset? TimestampOrNull(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) ? DateTimeOffset.Parse(value.S, CultureInfo.InvariantCulture) : null;

    public static T Enum<T>(this Dictionary<string, AttributeValue> item, string name) where T : struct, System.Enum =>
        UpperCaseNames.Parse<T>(item[name].S);

    public static bool Flag(this Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var value) && value.BOOL == true;

    /// <summary>A list of maps; an absent attribute is an empty list.</summary>
    public static List<T> List<T>(this Dictionary<string, AttributeValue> item, string name, Func<Dictionary<string, AttributeValue>, T> map) =>
        item.TryGetValue(name, out var value) && value.L is { } list ? list.Select(v => map(v.M)).ToList() : [];
}
