using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>A stock count: the units on hand for sale. Reserved and sold stock belong to orders, so a
/// <c>reservedQty</c> in the body is refused rather than silently ignored.</summary>
internal sealed record SetStockRequest(int? AvailableQty, string? Reason, int? ReservedQty = null);

internal sealed class SetStockValidator : AbstractValidator<SetStockRequest>
{
    public SetStockValidator()
    {
        RuleFor(r => r.AvailableQty).NotNull().WithMessage("availableQty is required")
            .InclusiveBetween(0, StockRules.MaxUnitsOnHand);
        RuleFor(r => r.Reason).IsStated();
        RuleFor(r => r.ReservedQty).Null().WithMessage("reservedQty changes only through orders; set availableQty alone");
    }
}

internal static class SetStock
{
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, SetStockRequest request, ClaimsPrincipal user, ICatalog catalog, IInventory inventory, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var count = await inventory.CountStockAsync(productId, request.AvailableQty!.Value, new StockActor(user.ShopperId(), request.Reason!), cancellationToken,
            Audit.AuditAdmin.Of(user));
        return count switch
        {
            { Outcome: StockCountOutcome.Counted, Level: { } level } => TypedResults.Ok(new StockUpdated("Inventory updated", level)),
            { Outcome: StockCountOutcome.PastCeiling } => AdjustStock.PastCeiling(productId, count.Level, request.AvailableQty.Value),
            _ => ShopProblems.Conflict("Stock kept moving while it was counted; try again", new Dictionary<string, object?> { ["productId"] = productId }),
        };
    }
}
