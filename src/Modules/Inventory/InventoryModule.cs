using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Endpoints;
using CloudRetail.Inventory.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Inventory;

public static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = InventoryOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(InventoryTable.Definition(options.TableName));
        services.AddSingleton<InventoryTable>();
        services.AddSingleton<IInventory, Warehouse>();
        services.AddSingleton<IValidator<SetStockRequest>, SetStockValidator>();
        services.AddSingleton<IValidator<StockMovementRequest>, StockMovementValidator>();
        return services;
    }

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder api)
    {
        var inventory = api.MapGroup("/inventory/{productId}")
            .WithTags("Inventory")
            .RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);

        inventory.MapGet("", GetStock.Handle).WithName("GetStock").AllowAnonymous();

        // Stock counts and manual movements are back-office work; shoppers reserve through checkout.
        var staff = inventory.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPut("", SetStock.Handle).WithName("SetStock").Validate<SetStockRequest>();
        staff.MapPost("/reserve", ReserveStock.Handle).WithName("ReserveStock").Validate<StockMovementRequest>();
        staff.MapPost("/release", ReleaseStock.Handle).WithName("ReleaseStock").Validate<StockMovementRequest>();
        return api;
    }
}
