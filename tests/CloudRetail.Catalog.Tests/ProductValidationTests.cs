using CloudRetail.Catalog.Endpoints;

namespace CloudRetail.Catalog.Tests;

public sealed class ProductValidationTests
{
    private static readonly CreateProductValidator Validator = new();

    private static CreateProductRequest Valid() => new("P001", "Wireless Mouse", "Electronics", 29.99m, "USD", "products/P001.jpg");

    [Fact]
    public void A_complete_product_is_valid()
    {
        Assert.True(Validator.Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.001)]
    [InlineData(1000000.01)]
    public void A_price_must_be_positive_bounded_and_in_cents(double price)
    {
        var result = Validator.Validate(Valid() with { Price = (decimal)price });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(CreateProductRequest.Price));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("Dollar")]
    public void A_currency_is_an_iso_code(string currency)
    {
        Assert.False(Validator.Validate(Valid() with { Currency = currency }).IsValid);
    }

    [Theory]
    [InlineData("../secrets")]
    [InlineData("/absolute.jpg")]
    [InlineData("products/a b.jpg")]
    public void An_image_key_stays_inside_the_bucket_layout(string imageKey)
    {
        Assert.False(Validator.Validate(Valid() with { ImageKey = imageKey }).IsValid);
    }

    [Fact]
    public void An_edit_is_held_to_the_same_rules_as_a_new_product()
    {
        var edits = new UpdateProductValidator();
        var valid = new UpdateProductRequest("Wireless Mouse", "Electronics", 29.99m, "USD", "products/P001.jpg");

        Assert.True(edits.Validate(valid).IsValid);
        Assert.Equal(
            ["Name", "Category", "Price", "Currency", "ImageKey", "Description"],
            edits.Validate(new UpdateProductRequest("", "", 1.001m, "usd", "../x", new string('a', 2001)))
                .Errors.Select(e => e.PropertyName).Distinct());
    }
}
