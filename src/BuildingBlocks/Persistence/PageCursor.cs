using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.Model;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>The opaque <c>nextToken</c> a client passes back for the next page: DynamoDB's last
/// evaluated key (string attributes only) as base64url JSON.</summary>
public static class PageCursor
{
    public static string? Encode(Dictionary<string, AttributeValue>? lastKey) =>
        lastKey is null ? null : Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(lastKey.ToDictionary(kv => kv.Key, kv => kv.Value.S), PageCursorJson.Default.DictionaryStringString));

    /// <summary>False when the token was not made by <see cref="Encode"/> for a page with these keys.</summary>
    public static bool TryDecode(string? token, IReadOnlyDictionary<string, string?> expectedKeys, out Dictionary<string, AttributeValue>? startKey)
    {
        startKey = null;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        try
        {
            var keys = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(token), PageCursorJson.Default.DictionaryStringString);
            // Keys from another query (another category, say) would make DynamoDB reject the request.
            var matches = keys is not null && keys.Count == expectedKeys.Count && expectedKeys.All(expected =>
                keys.TryGetValue(expected.Key, out var value) && !string.IsNullOrEmpty(value) && (expected.Value is null || expected.Value == value));
            if (!matches)
            {
                return false;
            }
            startKey = keys!.ToDictionary(kv => kv.Key, kv => new AttributeValue { S = kv.Value });
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}

/// <summary>The cursor's JSON, described at build time for the Native AOT binary.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class PageCursorJson : JsonSerializerContext;
