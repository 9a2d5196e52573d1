using CloudRetail.Catalog.Domain;

namespace CloudRetail.Catalog.Tests;

public sealed class ProductDescriptionTests
{
    private static Product Mouse(string? description = null) =>
        new("P1", "Wireless Mouse", "Electronics", 29.99m, "USD", null, DateTimeOffset.UnixEpoch, Description: description);

    [Theory]
    [InlineData("  A quiet mouse.\n", "A quiet mouse.")]
    [InlineData("Two lines\nkept as written", "Two lines\nkept as written")]
    [InlineData("   ", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_new_products_description_is_trimmed_and_a_blank_one_is_none(string? written, string? kept) =>
        Assert.Equal(kept, Mouse(written).Description);

    [Theory]
    [InlineData(" A quiet mouse. ", "A quiet mouse.")]
    [InlineData(" ", null)]
    public void An_edited_description_is_trimmed_and_a_blank_one_removes_it(string written, string? kept) =>
        Assert.Equal(kept, (Mouse("Old text") with { Description = written }).Description);
}
