using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Catalog.Tests;

public sealed class PageCursorTests
{
    private static readonly Dictionary<string, string?> CategoryPage = new() { ["productId"] = null, ["category"] = "Books" };

    [Fact]
    public void A_cursor_decodes_to_the_key_it_was_made_from()
    {
        var lastKey = new Dictionary<string, AttributeValue> { ["productId"] = new() { S = "P008" }, ["category"] = new() { S = "Books" } };

        Assert.True(PageCursor.TryDecode(PageCursor.Encode(lastKey), CategoryPage, out var startKey));

        Assert.Equal("P008", startKey!["productId"].S);
        Assert.Equal("Books", startKey["category"].S);
    }

    [Fact]
    public void No_cursor_means_the_first_page()
    {
        Assert.True(PageCursor.TryDecode(null, CategoryPage, out var startKey));
        Assert.Null(startKey);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24")]
    [InlineData("eyJwcm9kdWN0SWQiOiJQMDEwIn0")]
    [InlineData("eyJwcm9kdWN0SWQiOiJQMSIsImNhdGVnb3J5IjoiR2FtZXMifQ")]
    public void A_cursor_from_elsewhere_is_refused(string token)
    {
        // In order: garbage, base64 of non-JSON, a whole-table cursor, a cursor of another category.
        Assert.False(PageCursor.TryDecode(token, CategoryPage, out _));
    }
}
