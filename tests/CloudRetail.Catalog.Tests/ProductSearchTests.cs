using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Tests;

public sealed class ProductSearchTests
{
    private static readonly Product Mouse = new("P001", "Wireless Mouse", "Electronics", 29.99m, "USD", null, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("mouse")]
    [InlineData("WIRELESS")]
    [InlineData("wire mou")]
    [InlineData("electronics mouse")]
    [InlineData("  Mouse,  wireless! ")]
    public void Every_word_begins_a_word_of_the_name_or_category(string text) =>
        Assert.True(ProductSearch.Parse(text)!.Matches(Mouse));

    [Theory]
    [InlineData("keyboard")]
    [InlineData("mouse keyboard")]
    [InlineData("ouse")]
    [InlineData("P001")]
    public void A_word_that_begins_no_word_of_the_product_does_not_match(string text) =>
        Assert.False(ProductSearch.Parse(text)!.Matches(Mouse));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-- !!")]
    [InlineData("a b c d e f g h i")]
    public void Text_without_words_or_with_too_many_is_no_search(string text) =>
        Assert.Null(ProductSearch.Parse(text));
}
