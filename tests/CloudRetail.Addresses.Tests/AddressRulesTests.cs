using CloudRetail.Addresses.Domain;

namespace CloudRetail.Addresses.Tests;

public sealed class AddressRulesTests
{
    // As the host does: errors name the JSON fields.
    static AddressRulesTests() => BuildingBlocks.Http.ShopValidation.UseJsonFieldNames();

    private static readonly PostalAddress Seattle = new("Ada Lovelace", "1 Main Street", "Seattle", "US", null, "WA", "98101", "+1 206 555 0100");

    private static IDictionary<string, string[]> Problems(PostalAddress address) => new PostalAddressValidator().Validate(address).ToDictionary();

    [Fact]
    public void A_complete_address_passes() => Assert.Empty(Problems(Seattle));

    [Fact]
    public void Each_bad_field_is_named()
    {
        var problems = Problems(new PostalAddress("", "", "", "XX", new string('x', 101), "toolong", "!!", "call me"));

        // An unknown country decides nothing about region or postal code; their shapes are still checked.
        Assert.Equal(["city", "country", "line1", "line2", "name", "phone", "postalCode", "region"], problems.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.Contains("ISO 3166-1", problems["country"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_country_decides_whether_region_and_postal_code_are_required()
    {
        Assert.Contains("region is required for addresses in US", Problems(Seattle with { Region = null })["region"]);
        Assert.Contains("postalCode is required for addresses in US", Problems(Seattle with { PostalCode = null })["postalCode"]);
        // Germany needs no region; Hong Kong has no postal codes.
        Assert.Empty(Problems(Seattle with { Country = "DE", Region = null, PostalCode = "10115", City = "Berlin" }));
        Assert.Empty(Problems(Seattle with { Country = "HK", Region = null, PostalCode = null, City = "Hong Kong" }));
    }

    [Fact]
    public void A_postal_code_of_another_shape_than_the_countrys_is_refused_with_the_shape()
    {
        Assert.Equal(["postalCode for US must look like 12345 or 12345-6789"], Problems(Seattle with { PostalCode = "981" })["postalCode"]);
        Assert.Empty(Problems(Seattle with { Country = "CA", Region = "ON", PostalCode = "k1a 0b1" }));
        Assert.Empty(Problems(Seattle with { Country = "GB", Region = null, PostalCode = "SW1A 1AA" }));
    }

    [Fact]
    public void An_address_is_stored_with_codes_in_upper_case_and_spaces_trimmed()
    {
        var stored = (Seattle with { Country = " us", Region = "wa ", Line2 = "  ", PostalCode = " 98101" }).Normalized();

        Assert.Equal(("US", "WA", null, "98101"), (stored.Country, stored.Region, stored.Line2, stored.PostalCode));
    }

    [Fact]
    public void The_first_address_becomes_the_default_and_removing_the_default_promotes_the_next()
    {
        var book = AddressBook.Empty("s1").With(new("A-1", Seattle)).With(new("A-2", Seattle)).With(new("A-3", Seattle));
        Assert.Equal("A-1", book.DefaultAddressId);

        var afterDelete = book.Without("A-1");
        Assert.Equal("A-2", afterDelete.DefaultAddressId);
        Assert.Equal("A-2", afterDelete.WithDefault("A-3").Without("A-1").WithDefault("A-2").DefaultAddressId);
        Assert.Null(AddressBook.Empty("s1").With(new("A-1", Seattle)).Without("A-1").DefaultAddressId);
    }

    [Fact]
    public void A_book_is_full_at_twenty_addresses()
    {
        var book = AddressBook.Empty("s1");
        for (var i = 0; i < AddressBook.MaxAddresses - 1; i++)
        {
            book = book.With(new($"A-{i}", Seattle));
        }
        Assert.False(book.IsFull);
        Assert.True(book.With(new("A-last", Seattle)).IsFull);
    }
}
