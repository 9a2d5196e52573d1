using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>Body of reserve and release: how many units move.</summary>
internal sealed record StockMovementRequest(int Qty);

internal sealed class StockMovementValidator : AbstractValidator<StockMovementRequest>
{
    public StockMovementValidator() =>
        RuleFor(r => r.Qty).InclusiveBetween(1, StockRules.MaxUnitsPerMovement)
            .WithMessage($"qty must be between 1 and {StockRules.MaxUnitsPerMovement}");
}

internal static class ReserveStock
{
    /// <summary>One conditional update: two shoppers can never both take the last unit.</summary>
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, StockMovementRequest request, InventoryTable table, CancellationToken cancellationToken)
    {
        var (applied, refused) = await table.ApplyAsync(table.Reserve(productId, request.Qty), cancellationToken);
        return applied is not null
            ? TypedResults.Ok(new StockUpdated("Reserved", applied))
            : ShopProblems.Conflict("Out of stock", new Dictionary<string, object?>
            {
                ["productId"] = productId,
                ["availableQty"] = refused?.AvailableQty ?? 0,
                ["requestedQty"] = request.Qty,
            });
    }
}

internal static class ReleaseStock
{
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, StockMovementRequest request, InventoryTable table, CancellationToken cancellationToken)
    {
        var (applied, refused) = await table.ApplyAsync(table.Release(productId, request.Qty), cancellationToken);
        return applied is not null
            ? TypedResults.Ok(new StockUpdated("Released", applied))
            : ShopProblems.Conflict("Cannot release more than is reserved", new Dictionary<string, object?>
            {
                ["productId"] = productId,
                ["reservedQty"] = refused?.ReservedQty ?? 0,
                ["requestedQty"] = request.Qty,
            });
    }
}
