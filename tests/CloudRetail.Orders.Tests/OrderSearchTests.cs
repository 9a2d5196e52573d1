using CloudRetail.Orders.Domain;

namespace CloudRetail.Orders.Tests;

public sealed class OrderSearchTests
{
    [Fact]
    public void An_id_is_read_before_an_email_and_an_email_before_a_status()
    {
        var id = $"O-{Guid.NewGuid()}";

        Assert.Equal(OrderSearchIndex.ById, OrderSearch.Parse(id, "ann@example.com", "CONFIRMED", null, null, null, null).Search!.Index);
        Assert.Equal(OrderSearchIndex.ByEmail, OrderSearch.Parse(null, "ann@example.com", "CONFIRMED", null, null, null, null).Search!.Index);
        Assert.Equal(OrderSearchIndex.ByStatus, OrderSearch.Parse(" ", null, "CONFIRMED", null, null, null, null).Search!.Index);
    }

    [Fact]
    public void An_email_is_searched_in_lower_case_and_a_date_alone_is_the_whole_day()
    {
        var search = OrderSearch.Parse(null, " Ann@Example.COM ", null, "2026-12-01", "2026-12-01", "5", "5.50").Search!;

        Assert.Equal("ann@example.com", search.Email);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), search.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), search.To);
        Assert.Equal((5m, 5.50m), (search.MinTotal, search.MaxTotal));
    }

    [Theory]
    [InlineData(null, null, null, null, null, null, null, "status")]
    [InlineData("O-1", null, null, null, null, null, null, "orderId")]
    [InlineData(null, "nobody", null, null, null, null, null, "email")]
    [InlineData(null, null, "confirmed", null, null, null, null, "status")]
    [InlineData(null, null, "PENDING", "last week", null, null, null, "from")]
    [InlineData(null, null, "PENDING", "2026-12-02", "2026-12-01T23:59:59Z", null, null, "to")]
    [InlineData(null, null, "PENDING", null, null, "1e3", null, "minTotal")]
    [InlineData(null, null, "PENDING", null, null, "10", "9.99", "maxTotal")]
    public void A_bad_search_names_its_field(string? orderId, string? email, string? status, string? from, string? to, string? min, string? max, string field)
    {
        var (search, named, message) = OrderSearch.Parse(orderId, email, status, from, to, min, max);

        Assert.Null(search);
        Assert.Equal(field, named);
        Assert.False(string.IsNullOrEmpty(message));
    }

    [Fact]
    public void Two_searches_that_differ_in_any_filter_have_different_listings_so_a_cursor_serves_only_its_own()
    {
        var listings = new[]
        {
            OrderSearch.Parse(null, "a@b.c", null, null, null, null, null).Search!.Listing,
            OrderSearch.Parse(null, "a@b.c", "SHIPPED", null, null, null, null).Search!.Listing,
            OrderSearch.Parse(null, "a@b.c", null, "2026-01-01", null, null, null).Search!.Listing,
            OrderSearch.Parse(null, "a@b.c", null, null, null, "1", null).Search!.Listing,
            OrderSearch.Parse(null, "a@b.c", null, null, null, null, "1").Search!.Listing,
            OrderSearch.Parse(null, "x@b.c", null, null, null, null, null).Search!.Listing,
        };

        Assert.Equal(listings.Length, listings.Distinct().Count());
    }
}
