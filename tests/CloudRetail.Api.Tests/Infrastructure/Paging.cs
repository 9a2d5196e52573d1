using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.Infrastructure;

public static class Paging
{
    /// <summary>Every item of a listing, following its <c>nextToken</c> page by page (at most 50 pages),
    /// sent back as <paramref name="cursorParameter"/>.</summary>
    public static async Task<List<JsonNode>> AllPagesAsync(this HttpClient client, string path, string cursorParameter = "nextToken")
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var page = await client.GetJsonAsync(path + (cursor is null ? "" : $"&{cursorParameter}={Uri.EscapeDataString(cursor)}"));
            all.AddRange(page["items"]!.AsArray().Select(item => item!));
            cursor = (string?)page["nextToken"];
            if (cursor is null)
            {
                return all;
            }
        }
        throw new InvalidOperationException($"{path} has more than 50 pages");
    }
}
