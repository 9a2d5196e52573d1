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
    private const int ReceiveAttempts = 5;

    /// <summary>One atomic delta on available stock with its ledger entry. Taking away never reads first,
    /// so it never races a reservation; receiving reads the level to keep units on hand within the ceiling.</summary>
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, AdjustStockRequest request, ClaimsPrincipal user, ICatalog catalog, IInventory inventory,
        InventoryTable stock, StockLedgerTable ledger, Transactions transactions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var actor = new StockActor(user.ShopperId(), request.Reason!);
        for (var attempt = 0; attempt < (request.Qty < 0 ? 1 : ReceiveAttempts); attempt++)
        {
            var read = request.Qty < 0 ? null : await stock.FindAsync(productId, cancellationToken);
            if (request.Qty > 0 && StockRules.RoomOnHand(read) < request.Qty)
            {
                return PastCeiling(productId, read, request.Qty);
            }
            var now = clock.GetUtcNow();
            var transaction = transactions.BeginWrite();
            if (request.Qty < 0)
            {
                stock.TakeAway(transaction, productId, -request.Qty, now);
            }
            else
            {
                stock.Receive(transaction, productId, request.Qty, read, now);
            }
            ledger.Record(transaction, StockMovement.ByStaff(productId, StockMovementKind.Adjust, request.Qty, actor, now));
            if ((await transaction.CommitAsync(cancellationToken)).IsCommitted)
            {
                return TypedResults.Ok(new StockUpdated("Inventory adjusted", await inventory.GetStockAsync(productId, cancellationToken)));
            }
        }
        if (request.Qty > 0)
        {
            return ShopProblems.Conflict("Stock kept moving while it was adjusted; try again", new Dictionary<string, object?> { ["productId"] = productId });
        }
        var level = await inventory.GetStockAsync(productId, cancellationToken);
        return ShopProblems.Conflict("Cannot take away more than is available", new Dictionary<string, object?>
        {
            ["productId"] = productId,
            ["availableQty"] = level.AvailableQty,
            ["requestedQty"] = request.Qty,
        });
    }

    /// <summary>Shared with a count refused for the same reason.</summary>
    public static ProblemHttpResult PastCeiling(string productId, StockLevel? level, int requestedQty) =>
        ShopProblems.Conflict($"Units on hand (available plus reserved) cannot pass {StockRules.MaxUnitsOnHand}", new Dictionary<string, object?>
        {
            ["productId"] = productId,
            ["availableQty"] = level?.AvailableQty ?? 0,
            ["reservedQty"] = level?.ReservedQty ?? 0,
            ["requestedQty"] = requestedQty,
            ["maxUnitsOnHand"] = StockRules.MaxUnitsOnHand,
        });
}
