using CloudRetail.Addresses;
using CloudRetail.Identity;
using CloudRetail.Orders;

namespace CloudRetail.Customers.Endpoints;

/// <summary>A customer as the back office lists them. <c>id</c> is the shopper id used across the shop.</summary>
internal sealed record CustomerView(string Id, string Email, string? Name, DateTimeOffset SignedUpAt, bool Enabled, bool IsAdmin, string AccountStatus)
{
    public static CustomerView From(CustomerAccount account) =>
        new(account.Id, account.Email, account.Name, account.SignedUpAt, account.Enabled, account.IsAdmin, account.Status);
}

/// <param name="NextToken">The cursor of the next page; null when there is none. A page may hold
/// fewer than <c>limit</c> customers, even none, and still have one (sign-up dates filter what is read).</param>
internal sealed record CustomerPage(IReadOnlyList<CustomerView> Items, int Count, string? NextToken);

/// <summary>An order on the customer's page: enough to recognise it and open it.</summary>
internal sealed record CustomerOrderView(string OrderId, OrderStatus Status, decimal TotalAmount, string Currency, DateTimeOffset CreatedAt, bool Paid, int ItemCount)
{
    public static CustomerOrderView From(OrderSummary order) =>
        new(order.OrderId, order.Status, order.TotalAmount, order.Currency, order.CreatedAt, order.IsPaid, order.Lines.Sum(l => l.Qty));
}

internal sealed record CustomerAddressView(
    string AddressId, string Name, string Line1, string? Line2, string City, string? Region, string? PostalCode, string Country, string? Phone, bool IsDefault)
{
    public static CustomerAddressView From(BookedAddress booked) => new(
        booked.AddressId, booked.Address.Name, booked.Address.Line1, booked.Address.Line2, booked.Address.City, booked.Address.Region,
        booked.Address.PostalCode, booked.Address.Country, booked.Address.Phone, booked.IsDefault);
}

internal sealed record SpendView(string Currency, decimal Amount);

/// <summary>The customer's page. Returns are not listed: the shop has no returns yet, and the
/// field will come with them.</summary>
/// <param name="Orders">The newest <see cref="GetCustomer.OrdersShown"/> orders, newest first.</param>
/// <param name="OrderCount">Every order the customer has placed.</param>
/// <param name="LifetimeSpend">The totals of their paid orders, per currency.</param>
internal sealed record CustomerDetails(
    CustomerView Customer,
    IReadOnlyList<CustomerOrderView> Orders,
    int OrderCount,
    IReadOnlyList<SpendView> LifetimeSpend,
    IReadOnlyList<CustomerAddressView> Addresses);
