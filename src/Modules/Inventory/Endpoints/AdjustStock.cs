using System.Security.Claims;
using CloudRetail.Audit;
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
    /// <summary>Tries at the change while orders and other adjustments keep moving the product's stock.</summary>
    private const int Attempts = 20;

    /// <summary>One change of available stock with its ledger entry and its audit entry, in one transaction.
    /// It reads the level and writes on condition that available is still what it read, so the audit
    /// entry's before and after are exact even when adjustments race: a loser reads again.</summary>
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, AdjustStockRequest request, ClaimsPrincipal user, ICatalog catalog, IInventory inventory,
        InventoryTable stock, StockLedgerTable ledger, IAuditTrail audit, Transactions transactions, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var actor = new StockActor(user.ShopperId(), request.Reason!);
        var admin = AuditAdmin.Of(user);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var read = await stock.FindAsync(productId, cancellationToken);
            var available = read?.AvailableQty ?? 0;
            if (available + request.Qty < 0)
            {
                return ShopProblems.Conflict("Cannot take away more than is available", new Dictionary<string, object?>
                {
                    ["productId"] = productId,
                    ["availableQty"] = available,
                    ["requestedQty"] = request.Qty,
                });
            }
            if (request.Qty > 0 && StockRules.RoomOnHand(read) < request.Qty)
            {
                return PastCeiling(productId, read, request.Qty);
            }
            var now = clock.GetUtcNow();
            var transaction = transactions.BeginWrite();
            stock.Adjust(transaction, productId, read, request.Qty, now);
            ledger.Record(transaction, StockMovement.ByStaff(productId, StockMovementKind.Adjust, request.Qty, actor, now));
            audit.Record(transaction, StockAudit.Entry(AuditAction.StockAdjusted, productId, admin, available, available + request.Qty, request.Reason));
            if ((await transaction.CommitAsync(cancellationToken)).IsCommitted)
            {
                return TypedResults.Ok(new StockUpdated("Inventory adjusted", await inventory.GetStockAsync(productId, cancellationToken)));
            }
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * Math.Min(attempt, 5)), cancellationToken);
        }
        return ShopProblems.Conflict("Stock kept moving while it was adjusted; try again", new Dictionary<string, object?> { ["productId"] = productId });
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
