using CloudRetail.Customers.Endpoints;
using CloudRetail.Identity;
using CloudRetail.Orders;

namespace CloudRetail.Customers.Tests;

/// <summary>The back office's customer rules that need no I/O: what a search accepts, which sign-up
/// dates a page keeps, which ids name a customer, which orders count as spend.</summary>
public sealed class CustomerRulesTests
{
    private static readonly CustomerSearchValidator Validator = new();

    [Theory]
    [InlineData("ann", null, null)]
    [InlineData("Ann.Smith+shop@Ex-ample.com", "2026-01-01", "2026-12-31")]
    [InlineData(null, "2026-12-02", "2026-12-02")]
    public void A_search_by_email_prefix_and_dates_is_accepted(string? email, string? from, string? to)
    {
        Assert.True(Validator.Validate(new CustomerSearch { Email = email, SignedUpFrom = from, SignedUpTo = to }).IsValid);
    }

    [Theory]
    [InlineData("ann\"", null, null, "Email")]
    [InlineData("a b", null, null, "Email")]
    [InlineData(null, "02/12/2026", null, "SignedUpFrom")]
    [InlineData(null, null, "2026-13-01", "SignedUpTo")]
    [InlineData(null, "2026-12-02", "2026-12-01", "signedUpTo")]
    public void A_bad_search_names_the_bad_field(string? email, string? from, string? to, string field)
    {
        var result = Validator.Validate(new CustomerSearch { Email = email, SignedUpFrom = from, SignedUpTo = to });

        Assert.Contains(result.Errors, e => string.Equals(e.PropertyName, field, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_page_keeps_sign_ups_from_the_first_day_up_to_the_end_of_the_last()
    {
        var query = new CustomerQuery(null, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), 20, null);
        static CustomerAccount SignedUp(DateTimeOffset at) => new("id", "a@b.c", null, at, true, false, "CONFIRMED");

        Assert.False(query.Includes(SignedUp(new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero))));
        Assert.True(query.Includes(SignedUp(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))));
        Assert.True(query.Includes(SignedUp(new DateTimeOffset(2026, 12, 2, 23, 59, 59, TimeSpan.Zero))));
        Assert.False(query.Includes(SignedUp(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero))));
    }

    [Theory]
    [InlineData("0a241577-dfc3-47b0-aa27-eb9af7c0e7c7", true)]
    [InlineData("0A241577-DFC3-47B0-AA27-EB9AF7C0E7C7", false)]
    [InlineData("ann@example.com", false)]
    [InlineData("0a241577dfc347b0aa27eb9af7c0e7c7", false)]
    [InlineData("authz-probe", false)]
    public void Only_a_lower_case_uuid_names_a_customer(string id, bool wellFormed)
    {
        Assert.Equal(wellFormed, CustomerIds.IsWellFormed(id));
    }

    [Theory]
    [InlineData(OrderStatus.Pending, false)]
    [InlineData(OrderStatus.Paying, false)]
    [InlineData(OrderStatus.Confirmed, true)]
    [InlineData(OrderStatus.Shipped, true)]
    [InlineData(OrderStatus.Delivered, true)]
    [InlineData(OrderStatus.Cancelled, false)]
    public void Spend_counts_the_orders_the_shop_has_the_money_for(OrderStatus status, bool paid)
    {
        var order = new OrderSummary("O-1", "u", "a@b.c", status, [], 10m, "USD", DateTimeOffset.UnixEpoch, null);

        Assert.Equal(paid, order.IsPaid);
        Assert.Equal(paid, CustomerOrderView.From(order).Paid);
    }
}
