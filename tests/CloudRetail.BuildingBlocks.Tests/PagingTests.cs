using System.Buffers.Text;
using System.Text;
using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.BuildingBlocks.Tests;

public sealed class PagingTests
{
    private const string Books = "products/category/Books";
    private static readonly Paging Paging = new(Encoding.UTF8.GetBytes("a-test-secret-of-the-shop"));
    private static readonly Dictionary<string, AttributeValue> LastKey = new()
    {
        ["productId"] = new() { S = "P008" },
        ["category"] = new() { S = "Books" },
        ["qty"] = new() { N = "12" },
    };

    [Fact]
    public void A_cursor_decodes_to_the_key_it_was_made_from()
    {
        Assert.True(Paging.TryDecode(Books, Paging.Encode(Books, LastKey), out var startKey));

        Assert.Equal("P008", startKey!["productId"].S);
        Assert.Equal("Books", startKey["category"].S);
        Assert.Equal("12", startKey["qty"].N);
    }

    [Fact]
    public void No_cursor_means_the_first_page_and_the_last_page_has_none()
    {
        Assert.True(Paging.TryDecode(Books, null, out var startKey));
        Assert.Null(startKey);
        Assert.Null(Paging.Encode(Books, null));
    }

    [Fact]
    public void A_cursor_is_opaque()
    {
        Assert.DoesNotContain("P008", Paging.Encode(Books, LastKey), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cursor_of_another_listing_is_refused()
    {
        Assert.False(Paging.TryDecode("products/category/Games", Paging.Encode(Books, LastKey), out _));
    }

    [Fact]
    public void A_cursor_signed_with_another_key_is_refused()
    {
        var elsewhere = new Paging(Encoding.UTF8.GetBytes("another-shop-s-secret"));
        Assert.False(Paging.TryDecode(Books, elsewhere.Encode(Books, LastKey), out _));
    }

    [Fact]
    public void A_cursor_whose_key_was_changed_is_refused()
    {
        var cursor = Paging.Encode(Books, LastKey)!;
        var signature = cursor[(cursor.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var forged = Base64Url.EncodeToString("{\"productId\":\"SP001\",\"category\":\"SBooks\",\"qty\":\"N12\"}"u8);

        Assert.False(Paging.TryDecode(Books, $"{forged}.{signature}", out _));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24")]
    [InlineData("bm90IGpzb24.bm90IGEgbWFj")]
    [InlineData(".")]
    public void Garbage_is_refused(string cursor)
    {
        Assert.False(Paging.TryDecode(Books, cursor, out _));
    }

    [Fact]
    public void A_tampered_cursor_is_a_400_naming_the_parameter()
    {
        var cursor = Paging.Encode(Books, LastKey)!;

        var problem = Paging.Read(10, cursor[..^2] + "AA", Books, out _, cursorParameter: "cursor");

        Assert.IsType<ValidationProblem>(problem);
        Assert.Equal(["cursor"], problem!.ProblemDetails.Errors.Keys);
    }

    [Theory]
    [InlineData(null, PageRequest.DefaultSize)]
    [InlineData(5, 5)]
    [InlineData(1000, PageRequest.MaxSize)]
    public void A_limit_is_capped_rather_than_refused(int? limit, int size)
    {
        Assert.Null(Paging.Read(limit, null, Books, out var page));
        Assert.Equal(size, page.Size);
    }

    [Fact]
    public void A_limit_below_one_is_a_400_naming_limit()
    {
        Assert.Equal(["limit"], Paging.Read(0, null, Books, out _)!.ProblemDetails.Errors.Keys);
    }
}
