using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Cart.Endpoints;
using CloudRetail.Cart.Persistence;
using CloudRetail.Catalog;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
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
        var cart = api.MapGroup("/cart").WithTags("Cart").RequireAuthorization();
        cart.MapGet("", GetCart.Handle).WithName("GetCart");
        cart.MapDelete("", ClearCart.Handle).WithName("ClearCart");
        cart.MapPost("/items", AddCartItem.Handle).WithName("AddCartItem").Validate<AddCartItemRequest>();

        var line = cart.MapGroup("/items/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        line.MapPut("", UpdateCartItem.Handle).WithName("UpdateCartItem").Validate<UpdateCartItemRequest>();
        line.MapDelete("", RemoveCartItem.Handle).WithName("RemoveCartItem");
        return api;
    }
}
