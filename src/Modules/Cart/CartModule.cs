using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Cart.Endpoints;
using CloudRetail.Cart.Persistence;
using CloudRetail.Catalog;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Cart;

public static class CartModule
{
    public static IServiceCollection AddCartModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = CartOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(CartTable.Definition(options.TableName));
        services.AddSingleton<CartTable>();
        services.AddSingleton<CartEditor>();
        services.AddSingleton<ICart, ShopperCarts>();
        services.AddSingleton<IValidator<AddCartItemRequest>, AddCartItemValidator>();
        services.AddSingleton<IValidator<UpdateCartItemRequest>, UpdateCartItemValidator>();
        services.AddJsonTypes(CartJson.Default);
        return services;
    }

    /// <summary>The caller's own cart: the shopper is the token's subject. An older client's <c>?userId=</c>
    /// still resolves the route but is never read.</summary>
    public static IEndpointRouteBuilder MapCartEndpoints(this IEndpointRouteBuilder api)
    {
        var cart = api.MapGroup("/cart").WithTag("Cart",
            "The signed-in shopper's own cart: lines priced from the catalog, totals computed by the server, stock checked as lines are added.").RequireAuthorization();
        cart.MapGet("", GetCart.Handle).WithName("GetCart")
            .WithSummary("Get your cart")
            .WithDescription("The caller's cart with each line's name, price and line total, and the cart's total and currency. An empty cart has no lines and currency null.");
        cart.MapDelete("", ClearCart.Handle).WithName("ClearCart")
            .WithSummary("Empty your cart")
            .WithDescription("Removes every line.");
        cart.MapPost("/items", AddCartItem.Handle).WithName("AddCartItem").Validate<AddCartItemRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Add units of a product to your cart")
            .WithDescription("Adds `qty` units to the product's line (creating it) at the catalog's current price. 404 for a product the catalog does not know; " +
                "409 when there is not enough stock (with `availableQty` and `requestedQty`), the cart is full (45 lines, 100 units a line) or the product is priced in another currency than the cart.");

        var line = cart.MapGroup("/items/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        line.MapPut("", UpdateCartItem.Handle).WithName("UpdateCartItem").Validate<UpdateCartItemRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Change a line's quantity")
            .WithDescription("Sets the line's quantity, re-priced from the catalog. 404 when the product is not in the cart; 409 when there is not enough stock.");
        line.MapDelete("", RemoveCartItem.Handle).WithName("RemoveCartItem")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Remove a line from your cart")
            .WithDescription("Removes the product's line; 404 when it is not in the cart, 409 when the cart changed meanwhile (try again).");
        return api;
    }
}
