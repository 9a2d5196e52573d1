using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.Cart.Domain;
using CloudRetail.Cart.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Endpoints;

/// <summary>Changes one line of a shopper's cart: price from the catalog now, stock checked now,
/// saved only if nobody saved the cart in between (else read again and retry).</summary>
internal sealed class CartEditor(CartTable table, ICatalog catalog, IInventory inventory)
{
    private const int Attempts = 3;

    public async Task<Results<Ok<CartChanged>, ProblemHttpResult>> SetLineAsync(
        string userId, string productId, Func<CartLine?, int?> quantity, string message, CancellationToken cancellationToken)
    {
        if (await catalog.FindProductAsync(productId, cancellationToken) is not { } product)
        {
            return ShopProblems.NotFound("Product not found");
        }
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var cart = await table.FindAsync(userId, cancellationToken);
            if (quantity(cart.Lines.FirstOrDefault(l => l.ProductId == productId)) is not { } qty)
            {
                return NotInCart(productId);
            }
            if (CartRules.Refuse(cart, product, qty) is { } refusal)
            {
                return refusal;
            }
            var stock = await inventory.GetStockAsync(productId, cancellationToken);
            if (qty > stock.AvailableQty)
            {
                ShopMetrics.StockConflict("cart");
                return CartRules.OutOfStock(productId, stock.AvailableQty, qty);
            }
            if (await table.SaveAsync(CartRules.WithLine(cart, product, qty), cancellationToken) is { } saved)
            {
                return TypedResults.Ok(new CartChanged(message, CartView.From(saved)));
            }
        }
        return Busy();
    }

    public async Task<Results<Ok<CartChanged>, ProblemHttpResult>> RemoveLineAsync(string userId, string productId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var cart = await table.FindAsync(userId, cancellationToken);
            if (cart.Lines.All(l => l.ProductId != productId))
            {
                return NotInCart(productId);
            }
            if (await table.SaveAsync(CartRules.WithoutLine(cart, productId), cancellationToken) is { } saved)
            {
                return TypedResults.Ok(new CartChanged("Item removed", CartView.From(saved)));
            }
        }
        return Busy();
    }

    private static ProblemHttpResult NotInCart(string productId) =>
        ShopProblems.NotFound("Item not in cart", new Dictionary<string, object?> { ["productId"] = productId });

    private static ProblemHttpResult Busy() =>
        ShopProblems.Conflict("The cart changed while it was being updated; try again");
}
