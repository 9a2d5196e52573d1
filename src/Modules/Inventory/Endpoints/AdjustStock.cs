using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>A change of the units on hand: goods received (+) or damaged, lost, returned to the supplier (−).</summary>
internal sealed record AdjustStockRequest(int Qty, string? Reason);

internal sealed class AdjustStockValidator : AbstractValidator<AdjustStockRequest>
{
    public AdjustStockValidator()
    {
        RuleFor(r => r.Qty).NotEqual(0).WithMessage("qty must not be 0")
            .InclusiveBetween(-StockRules.MaxUnitsPerMovement, StockRules.MaxUnitsPerMovement)
            .WithMessage($"qty must be between -{StockRules.MaxUnitsPerMovement} and {StockRules.MaxUnitsPerMovement}");
        RuleFor(r => r.Reason).IsStated();
    }
}

internal static class AdjustStock
{
    /// <summary>One atomic delta on available stock with its ledger entry: it never races a reservation
    /// because it never reads first.</summary>
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, AdjustStockRequest request, ClaimsPrincipal user, ICatalog catalog, IInventory inventory,
        InventoryTable stock, StockLedgerTable ledger, Transactions transactions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var now = clock.GetUtcNow();
        var transaction = transactions.BeginWrite();
        stock.Adjust(transaction, productId, request.Qty, now);
        ledger.Record(transaction, StockMovement.ByStaff(productId, StockMovementKind.Adjust, request.Qty, new StockActor(user.ShopperId(), request.Reason!), now));
        if (!(await transaction.CommitAsync(cancellationToken)).IsCommitted)
        {
            var level = await inventory.GetStockAsync(productId, cancellationToken);
            return ShopProblems.Conflict("Cannot take away more than is available", new Dictionary<string, object?>
            {
                ["productId"] = productId,
                ["availableQty"] = level.AvailableQty,
                ["requestedQty"] = request.Qty,
            });
        }
        return TypedResults.Ok(new StockUpdated("Inventory adjusted", await inventory.GetStockAsync(productId, cancellationToken)));
    }
}
