using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.Infrastructure;

public static class Paging
{
    /// <summary>Every item of a listing, following its <c>nextToken</c> page by page (at most 1,000 pages: the tests share their tables, so a listing grows with the run),
    /// sent back as <paramref name="cursorParameter"/>.</summary>
    public static async Task<List<JsonNode>> AllPagesAsync(this HttpClient client, string path, string cursorParameter = "nextToken")
    {
        var all = new List<JsonNode>();
        string? cursor = null;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await client.GetJsonAsync(path + (cursor is null ? "" : $"&{cursorParameter}={Uri.EscapeDataString(cursor)}"));
            all.AddRange(page["items"]!.AsArray().Select(item => item!));
            cursor = (string?)page["nextToken"];
            if (cursor is null)
            {
                return all;
            }
        }
        throw new InvalidOperationException($"{path} has more than 1,000 pages");
    }
}
