using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Cart.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

internal sealed record CartChanged(string Message, CartView Cart);

/// <summary>A cart change as HTTP: the changed cart, or the refusal as problem+json.</summary>
internal static class CartAnswers
{
    public static Results<Ok<CartChanged>, ProblemHttpResult> From((ShopperCart? Saved, CartRefusal? Refusal) outcome, string message) =>
        outcome.Saved is { } saved ? TypedResults.Ok(new CartChanged(message, CartView.From(saved))) : Problem(outcome.Refusal!);

    private static ProblemHttpResult Problem(CartRefusal refusal)
    {
        var details = new Dictionary<string, object?> { ["productId"] = refusal.ProductId };
        if (refusal.AvailableQty is { } available)
        {
            details["availableQty"] = available;
        }
        if (refusal.RequestedQty is { } requested)
        {
            details["requestedQty"] = requested;
        }
        return refusal.Reason is CartRefusalReason.NotInCatalog or CartRefusalReason.NotInCart
            ? ShopProblems.NotFound(refusal.Message, details)
            : ShopProblems.Conflict(refusal.Message, details);
    }
}
