using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Endpoints;
using CloudRetail.Inventory.Persistence;
using CloudRetail.Inventory.Reconciliation;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        var inventory = api.MapGroup("/inventory").WithTag("Inventory",
            "Units of each product available, reserved by unpaid orders and sold. Anyone may read a product's stock; staff count and adjust what is on hand, " +
            "read each product's ledger and reconcile reserved stock with the orders that hold it.");

        // Reserved and sold stock move only with orders; staff count and adjust what is on hand.
        var reconciliation = inventory.MapGroup("/reconciliation").RequireAuthorization(ShopPolicies.Admin);
        reconciliation.MapGet("", GetReconciliation.Handle).WithName("GetStockReconciliation")
            .WithSummary("Find reserved stock that disagrees with live orders (staff)")
            .WithDescription("Compares each product's reserved units with what its PENDING and PAYING orders hold. `drift` is the sum of the differences' sizes; 0 means all agree. " +
                "The report is repair's preview: per product, `repair` is the level repair would leave (reserved set to `pendingQty`, the difference back on or taken from available), " +
                "or null with `leftForStaff` saying why repair would not touch it. A product that moved in the last 30 seconds is left for the next look.");
        reconciliation.MapPost("/repair", RepairReconciliation.Handle).WithName("RepairStockReconciliation")
            .WithSummary("Set reserved stock back to what live orders hold (staff)")
            .WithDescription("Finds the drift as GET /api/inventory/reconciliation does and corrects each drifting product's reserved units; `repaired` lists the products changed.");

        var product = inventory.MapGroup("/{productId}").RequireRouteValue("productId", ProductIds.IsWellFormed, ProductIds.Rule);
        product.MapGet("", GetStock.Handle).WithName("GetStock").AllowAnonymous().ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("Get a product's stock")
            .WithDescription("Units available to buy, reserved by unpaid orders, and sold. `lowStock` when `lowStockThreshold` (LOW_STOCK_THRESHOLD) units are available or fewer. " +
                "A catalog product never stocked shows zeros; a product the catalog does not know is 404.");
        var staff = product.MapGroup("").RequireAuthorization(ShopPolicies.Admin);
        staff.MapPut("", SetStock.Handle).WithName("SetStock").Validate<SetStockRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Record a stock count (staff)")
            .WithDescription("Sets the units available after counting them, with the reason, written to the ledger. Reserved units belong to orders and cannot be set here. " +
                "409 when stock kept moving during the count (count again), or when the count and the units reserved for orders would pass " +
                "the ceiling of 1,000,000 units on hand (`maxUnitsOnHand`).");
        staff.MapPost("/adjustments", AdjustStock.Handle).WithName("AdjustStock").Validate<AdjustStockRequest>()
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Add or take away units (staff)")
            .WithDescription("Goods received (positive `qty`) or damaged, lost or returned (negative), with the reason, in one atomic change. " +
                "409 when taking away more than is available (the answer says how many are), or when receiving would take units on hand " +
                "(available plus reserved) past 1,000,000 (`maxUnitsOnHand`).");
        staff.MapGet("/movements", ListStockMovements.Handle).WithName("ListStockMovements").ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("List a product's stock movements (staff)")
            .WithDescription("The product's ledger, newest first: every reservation, release and sale with its order, every count and adjustment with who made it and why. Page with `limit` and `nextToken`.");
        return api;
    }
}
