using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using CloudRetail.Inventory.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

internal sealed record SetStockRequest(int? AvailableQty, int? ReservedQty);

internal sealed class SetStockValidator : AbstractValidator<SetStockRequest>
{
    public SetStockValidator()
    {
        RuleFor(r => r.AvailableQty).NotNull().WithMessage("availableQty is required")
            .InclusiveBetween(0, StockRules.MaxUnitsOnHand);
        RuleFor(r => r.ReservedQty).InclusiveBetween(0, StockRules.MaxUnitsOnHand);
    }
}

internal sealed record StockUpdated(string Message, StockLevel Inventory);

internal static class SetStock
{
    public static async Task<Results<Ok<StockUpdated>, ProblemHttpResult>> Handle(
        string productId, SetStockRequest request, ICatalog catalog, IInventory inventory, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is null)
        {
            return ShopProblems.NotFound("Product not found");
        }
        var level = await inventory.SetStockAsync(productId, request.AvailableQty!.Value, request.ReservedQty, cancellationToken);
        return TypedResults.Ok(new StockUpdated("Inventory updated", level));
    }
}
