using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>The page a listing was asked for: how many items (capped), where to start, and which
/// listing it belongs to (a cursor is only good for the listing that handed it out).</summary>
public sealed record PageRequest(int Size, Dictionary<string, AttributeValue>? StartKey, string Listing)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;
}

/// <summary>
/// Every paged endpoint's <c>limit</c> and cursor. A cursor is DynamoDB's last evaluated key made
/// opaque and tamper-evident: base64url of the key, a dot, and an HMAC-SHA256 over the listing's
/// name and the key, under <see cref="ShopSettings.PageCursorSecret"/>. A cursor changed by a
/// client, or handed out by another listing (another shopper's orders, another category), is a 400.
/// </summary>
public sealed class Paging
{
    private readonly Func<byte[]> _key;

    public Paging(byte[] key) => _key = () => key;

    private Paging(Func<byte[]> key) => _key = key;

    /// <summary>The configured secret, read at each use so a rotated one (SECRET_PARAMETERS) signs the
    /// next cursor; without one, a key of this process alone, so cursors then outlive neither a
    /// restart nor a hop to another instance.</summary>
    public static Paging From(IConfiguration configuration)
    {
        if (configuration[ShopSettings.PageCursorSecret] is not { Length: > 0 })
        {
            return new(RandomNumberGenerator.GetBytes(32));
        }
        // One object swapped whole, so a reader never pairs one secret with another's bytes.
        var current = new SigningKey("", []);
        return new(() =>
        {
            var secret = configuration[ShopSettings.PageCursorSecret] ?? "";
            var seen = current;
            if (seen.Secret != secret)
            {
                seen = new SigningKey(secret, Encoding.UTF8.GetBytes(secret));
                current = seen;
            }
            return seen.Key;
        });
    }

    private sealed record SigningKey(string Secret, byte[] Key);

    /// <summary>Reads <c>limit</c> and the cursor; answers the 400 naming the parameter when either is
    /// not acceptable. A limit above the cap is capped rather than refused, so a client asking for
    /// "everything" still gets a page.</summary>
    public ValidationProblem? Read(int? limit, string? cursor, string listing, out PageRequest page, string cursorParameter = "nextToken")
    {
        page = new PageRequest(Math.Min(limit ?? PageRequest.DefaultSize, PageRequest.MaxSize), null, listing);
        if (limit < 1)
        {
            return ShopProblems.Invalid("limit", "limit must be at least 1");
        }
        if (!TryDecode(listing, cursor, out var startKey))
        {
            return ShopProblems.Invalid(cursorParameter, $"{cursorParameter} is not one this listing handed out");
        }
        page = page with { StartKey = startKey };
        return null;
    }

    /// <summary>The cursor of the page after <paramref name="found"/>; null when it was the last.</summary>
    public string? Next<T>(PageRequest page, Page<T> found) => Encode(page.Listing, found.LastKey);

    public string? Encode(string listing, Dictionary<string, AttributeValue>? lastKey)
    {
        if (lastKey is null)
        {
            return null;
        }
        // Keys of the shop's tables and indexes are text or numbers; the type travels with the value.
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            lastKey.ToDictionary(kv => kv.Key, kv => kv.Value.N is null ? "S" + kv.Value.S : "N" + kv.Value.N), CursorJson.Default.DictionaryStringString);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Seal(listing, payload))}";
    }

    /// <summary>False when the cursor was not made by <see cref="Encode"/> for this listing; no cursor
    /// is the first page.</summary>
    public bool TryDecode(string listing, string? cursor, out Dictionary<string, AttributeValue>? startKey)
    {
        startKey = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || !Base64Url.IsValid(cursor.AsSpan(0, dot)) || !Base64Url.IsValid(cursor.AsSpan(dot + 1)))
        {
            return false;
        }
        var payload = Base64Url.DecodeFromChars(cursor.AsSpan(0, dot));
        if (!CryptographicOperations.FixedTimeEquals(Seal(listing, payload), Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1))))
        {
            return false;
        }
        var key = JsonSerializer.Deserialize(payload, CursorJson.Default.DictionaryStringString)!;
        startKey = key.ToDictionary(kv => kv.Key, kv => kv.Value[0] == 'N' ? new AttributeValue { N = kv.Value[1..] } : new AttributeValue { S = kv.Value[1..] });
        return true;
    }

    private byte[] Seal(string listing, byte[] payload) =>
        HMACSHA256.HashData(_key(), (byte[])[.. Encoding.UTF8.GetBytes(listing), 0, .. payload]);
}

[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class CursorJson : JsonSerializerContext;
