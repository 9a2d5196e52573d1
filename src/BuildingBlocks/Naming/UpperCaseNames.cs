using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.BuildingBlocks.Naming;

/// <summary>
/// The one rule for how the shop writes its enums, in JSON, in tables and in messages alike: upper
/// snake case of the member (<c>Pending</c> is <c>PENDING</c>, <c>CardSimulator</c> is
/// <c>CARD_SIMULATOR</c>), the original API's names (docs/compatibility.md).
/// </summary>
public static class UpperCaseNames
{
    /// <summary>The rule itself, for the host's JSON options: a converter there outranks an enum's own attribute.</summary>
    public static readonly JsonNamingPolicy Policy = JsonNamingPolicy.SnakeCaseUpper;

    public static string Name<T>(this T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum =>
        Names<T>.ByName.TryGetValue(name ?? "", out value);

    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name, out var value) ? value : throw new FormatException($"'{name}' is not a {typeof(T).Name}");

    /// <summary>Every name, in declaration order, for messages such as "status must be one of ...".</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>"A, B or C", for a message that names every choice.</summary>
    public static string Choices<T>() where T : struct, Enum =>
        Names<T>.InOrder.Count == 1 ? Names<T>.InOrder[0] : $"{string.Join(", ", Names<T>.InOrder.Take(Names<T>.InOrder.Count - 1))} or {Names<T>.InOrder[^1]}";

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = Enum.GetValues<T>().Select(v => Policy.ConvertName(v.ToString())).ToArray();
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Policy.ConvertName(v.ToString()));
        public static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
    }
}

/// <summary>Puts <see cref="UpperCaseNames"/> on the wire: <c>[JsonConverter(typeof(UpperCaseEnumConverter&lt;T&gt;))]</c>
/// on an enum makes source-generated JSON write and read the same names the tables hold.</summary>
public sealed class UpperCaseEnumConverter<T>() : JsonStringEnumConverter<T>(UpperCaseNames.Policy, allowIntegerValues: false)
    where T : struct, Enum;
