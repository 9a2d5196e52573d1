using CloudRetail.Audit.Domain;

namespace CloudRetail.Audit.Tests;

public sealed class AuditSearchTests
{
    [Theory]
    [InlineData("yesterday", null, null, "from")]
    [InlineData(null, "2026-13-01", null, "to")]
    [InlineData("2026-12-02", "2026-12-01", null, "to")]
    [InlineData(null, null, "PRICE_CHANGED", "action")]
    public void A_bad_parameter_is_named(string? from, string? to, string? action, string field)
    {
        var (search, named, message) = AuditSearch.Parse(from, to, null, action, null);

        Assert.Null(search);
        Assert.Equal(field, named);
        Assert.False(string.IsNullOrEmpty(message));
    }

    [Fact]
    public void A_date_alone_covers_its_whole_day()
    {
        var (search, _, _) = AuditSearch.Parse("2026-12-01", "2026-12-01", null, null, null);

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), search!.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero).AddTicks(-1), search.To);
    }

    [Theory]
    [InlineData("P1", "admin", "STOCK_ADJUSTED", "Subject")]
    [InlineData(null, "admin", "STOCK_ADJUSTED", "Admin")]
    [InlineData(null, null, "STOCK_ADJUSTED", "Action")]
    [InlineData(null, null, null, "Feed")]
    public void The_most_selective_filter_chooses_the_read(string? subjectId, string? adminId, string? action, string read)
    {
        var (search, _, _) = AuditSearch.Parse(null, null, adminId, action, subjectId);

        Assert.Equal(Enum.Parse<AuditRead>(read), search!.Read);
    }

    [Fact]
    public void Two_searches_have_different_listings_so_a_cursor_serves_one_only()
    {
        var one = AuditSearch.Parse(null, null, null, "ORDER_SHIPPED", null).Search!;
        var other = AuditSearch.Parse(null, null, null, "ORDER_DELIVERED", null).Search!;

        Assert.NotEqual(one.Listing, other.Listing);
    }

    [Fact]
    public void An_entry_keeps_only_the_fields_that_changed()
    {
        var admin = new AuditAdmin("a1", null);
        var entry = AuditEntry.Changed(AuditAction.ProductUpdated, AuditSubject.Product("P1"), admin,
            new Dictionary<string, string> { ["name"] = "Lamp", ["price"] = "10" },
            new Dictionary<string, string> { ["name"] = "Lamp", ["price"] = "12.5" });

        Assert.Equal(new Dictionary<string, string> { ["price"] = "10" }, entry.Before);
        Assert.Equal(new Dictionary<string, string> { ["price"] = "12.5" }, entry.After);
    }
}
