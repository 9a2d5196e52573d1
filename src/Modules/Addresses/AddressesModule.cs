using CloudRetail.Addresses.Domain;
using CloudRetail.Addresses.Endpoints;
using CloudRetail.Addresses.Persistence;
using CloudRetail.BuildingBlocks.Http;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Addresses;

/// <summary>The shopper's address book: where parcels go. Checkout keeps a copy of the chosen address.</summary>
public static class AddressesModule
{
    public static IServiceCollection AddAddressesModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AddressesOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(AddressesTable.Definition(options.TableName));
        services.AddSingleton<AddressesTable>();
        services.AddSingleton<AddressBookEditor>();
        services.AddSingleton<IAddressBook, ShopperAddressBook>();
        services.AddSingleton<IValidator<PostalAddress>, PostalAddressValidator>();
        services.AddJsonTypes(AddressesJson.Default);
        return services;
    }

    public static IEndpointRouteBuilder MapAddressesEndpoints(this IEndpointRouteBuilder api)
    {
        var addresses = api.MapGroup("/addresses").WithTag("Addresses",
                $"The signed-in shopper's own address book (at most {AddressBook.MaxAddresses}); checkout takes an `addressId` from it and keeps a copy on the order.")
            .RequireAuthorization().RequireRouteValue(AddressBook.Ids);
        addresses.MapGet("", ListAddresses.Handle).WithName("ListAddresses")
            .WithSummary("List your addresses")
            .WithDescription("The caller's addresses with `defaultAddressId`; the default is also marked `isDefault`.");
        addresses.MapPost("", AddAddress.Handle).WithName("AddAddress").Validate<PostalAddress>()
            .ProducesProblems(StatusCodes.Status409Conflict)
            .WithSummary("Add an address")
            .WithDescription("Adds an address; the first one becomes the default. `country` is ISO 3166-1 alpha-2; the country decides whether `region` " +
                "(the ISO 3166-2 subdivision code such as CA or ON) and `postalCode` are required. 400 names each bad field; 409 when the book already holds 20.");
        addresses.MapPut("/{addressId}", ChangeAddress.Handle).WithName("ChangeAddress").Validate<PostalAddress>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Change an address")
            .WithDescription("Replaces the address. Orders placed with it keep the copy they took. 404 for an address not in the caller's book.");
        addresses.MapDelete("/{addressId}", DeleteAddress.Handle).WithName("DeleteAddress")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Delete an address")
            .WithDescription("Removes the address and answers the book; when it was the default, the first remaining one becomes the default.");
        addresses.MapPost("/{addressId}/default", ChooseDefaultAddress.Handle).WithName("ChooseDefaultAddress")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Make an address the default")
            .WithDescription("Marks the address as the one the storefront offers first at checkout, and answers the book.");
        return api;
    }
}
