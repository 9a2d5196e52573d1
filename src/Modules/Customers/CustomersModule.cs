using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Customers.Endpoints;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Customers;

/// <summary>The back office's customers: find them, see what they bought and where they live, lock
/// and unlock their sign-in, make them staff. No table of its own: accounts are Identity's (Cognito),
/// orders Orders', addresses Addresses', each read through its module's contract.</summary>
public static class CustomersModule
{
    public static IServiceCollection AddCustomersModule(this IServiceCollection services)
    {
        services.AddSingleton<IValidator<CustomerSearch>, CustomerSearchValidator>();
        services.AddJsonTypes(CustomersJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapCustomersEndpoints(this IEndpointRouteBuilder api)
    {
        var customers = api.MapGroup("/admin/customers").WithTag("Customers",
                "The back office's customers (staff): search accounts by e-mail and sign-up date, open one with their orders, spend and addresses, " +
                "disable or re-enable their sign-in, grant or revoke the admin role.")
            .RequireAuthorization(ShopPolicies.Admin);
        customers.MapGet("", ListCustomers.Handle).WithName("ListCustomers").Validate<CustomerSearch>()
            .WithSummary("Search customers (staff)")
            .WithDescription("Accounts whose e-mail starts with `email`, signed up between `signedUpFrom` and `signedUpTo` (dates, UTC, inclusive). " +
                "Page with `limit` (at most 60) and `cursor` (the previous answer's `nextToken`). Cognito cannot filter by date, so the dates filter " +
                "each page read and a request reads at most 3 of Cognito's pages: a page may hold fewer customers than `limit`, even none, and still have a `nextToken`.");

        var customer = customers.MapGroup("/{customerId}");
        customer.MapGet("", GetCustomer.Handle).WithName("GetCustomer").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a customer's page (staff)")
            .WithDescription($"The account, their newest {GetCustomer.OrdersShown} orders (newest first) and how many they placed, their lifetime spend " +
                "(the totals of paid orders, per currency) and their address book. 404 for an unknown id.");
        customer.MapPost("/disable", CustomerAccess.Disable).WithName("DisableCustomer")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Disable a customer's sign-in (staff)")
            .WithDescription("The account can no longer sign in or refresh its tokens, and is signed out everywhere; access tokens already issued " +
                "last until they expire (at most an hour). Their unpaid orders are released by the reservation sweep as they expire. " +
                "409 for your own account.");
        customer.MapPost("/enable", CustomerAccess.Enable).WithName("EnableCustomer").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Re-enable a customer's sign-in (staff)")
            .WithDescription("The account can sign in again (with the same password).");
        customer.MapPut("/admin-role", CustomerAccess.GrantAdmin).WithName("GrantAdminRole").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Make a customer an admin (staff)")
            .WithDescription("Adds the account to the admin group: the tokens they get at their next sign-in or refresh carry it.");
        customer.MapDelete("/admin-role", CustomerAccess.RevokeAdmin).WithName("RevokeAdminRole")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Remove a customer's admin role (staff)")
            .WithDescription("Removes the account from the admin group: tokens issued from then on lack it (one already issued keeps it until it expires). " +
                "409 for your own account.");
        return api;
    }
}
