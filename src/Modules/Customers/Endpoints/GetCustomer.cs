using CloudRetail.Addresses;
using CloudRetail.Identity;
using CloudRetail.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Customers.Endpoints;

internal static class GetCustomer
{
    public const int OrdersShown = 50;

    /// <summary>The account from Cognito, the orders and spend through Orders' contract, the
    /// addresses through Addresses': each module answers for its own table.</summary>
    public static async Task<Results<Ok<CustomerDetails>, ProblemHttpResult>> Handle(
        string customerId, ICustomerAccounts accounts, IOrders orders, IAddressBook addresses, CancellationToken cancellationToken)
    {
        if (!CustomerIds.IsWellFormed(customerId) || await accounts.FindAsync(customerId, cancellationToken) is not { } account)
        {
            return CustomerProblems.NotFound;
        }
        var history = orders.ShopperHistoryAsync(account.Id, OrdersShown, cancellationToken);
        var book = addresses.ListAsync(account.Id, cancellationToken);
        var (shown, saved) = (await history, await book);
        return TypedResults.Ok(new CustomerDetails(
            CustomerView.From(account),
            shown.Newest.Select(CustomerOrderView.From).ToList(),
            shown.OrderCount,
            shown.LifetimeSpend.Select(s => new SpendView(s.Currency, s.Amount)).ToList(),
            saved.Select(CustomerAddressView.From).ToList()));
    }
}
