using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.BuildingBlocks.Persistence;

/// <summary>The page a listing was asked for: how many items (capped) and where to start.</summary>
public sealed record PageRequest(int Size, Dictionary<string, AttributeValue>? StartKey)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    /// <summary>Reads <c>limit</c> and <c>nextToken</c>; answers the 400 naming the field when either is
    /// not acceptable. A limit above the cap is capped rather than refused, so a client asking for
    /// "everything" still gets a page.</summary>
    public static ValidationProblem? Read(int? limit, string? nextToken, IReadOnlyDictionary<string, string?> expectedKeys, out PageRequest page)
    {
        page = new PageRequest(Math.Min(limit ?? DefaultSize, MaxSize), null);
        if (limit < 1)
        {
            return ShopProblems.Invalid("limit", "limit must be at least 1");
        }
        if (!PageCursor.TryDecode(nextToken, expectedKeys, out var startKey))
        {
            return ShopProblems.Invalid("nextToken", "nextToken is not one this listing handed out");
        }
        page = page with { StartKey = startKey };
        return null;
    }
}
