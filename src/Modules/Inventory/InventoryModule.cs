using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Endpoints;
using CloudRetail.Inventory.Persistence;
using CloudRetail.Inventory.Reconciliation;
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
        services.AddSingleton(StockLedgerTable.Definition(options.LedgerTableName));
        services.AddSingleton<InventoryTable>();
        services.AddSingleton<StockLedgerTable>();
        services.AddSingleton<IInventory, Stockkeeper>();
        services.AddSingleton<StockReconciliation>();
        services.AddSingleton<IValidator<SetStockRequest>, SetStockValidator>();
        services.AddSingleton<IValidator<AdjustStockRequest>, AdjustStockValidator>();
        services.AddJsonTypes(InventoryJson.Default);
        if (options.RepairInterval > TimeSpan.Zero)
        {
            services.AddHostedService<ReconciliationTimer>();
        }
        return services;
    }

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder api)
    {
        var inventory = api.MapGroup("/inventory").WithTags("Inventory");

        // Reserved and sold stock move only with orders; staff count and adjust what is on hand.
        var reconciliation = inventory.MapGroup("/reconciliation").RequireAuthorization(ShopPolicies.Admin);
        reconciliation.MapGet("", GetReconciliation.Handle).WithName("GetStockReconciliation");
        reconciliation.MapPost("/repair", RepairReconciliation.Handle).WithName("RepairStockReconciliation");

        var product = inventory.MapGroup("/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        product.MapGet("", GetStock.Handle).WithName("GetStock").AllowAnonymous();
        var staff = product.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPut("", SetStock.Handle).WithName("SetStock").Validate<SetStockRequest>();
        staff.MapPost("/adjustments", AdjustStock.Handle).WithName("AdjustStock").Validate<AdjustStockRequest>();
        staff.MapGet("/movements", ListStockMovements.Handle).WithName("ListStockMovements");
        return api;
    }
}
