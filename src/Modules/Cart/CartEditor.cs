using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Cart.Domain;
using CloudRetail.Cart.Persistence;
using CloudRetail.Catalog;
using CloudRetail.Inventory;

namespace CloudRetail.Cart;

/// <summary>Changes one line of a shopper's cart: price from the catalog now, stock checked now,
/// saved only if nobody saved the cart in between (else read again and retry). A checkout or a
/// clear also makes a new version, so a change based on the old cart retries on the emptied one.</summary>
internal sealed class CartEditor(CartTable table, ICatalog catalog, IInventory inventory, Transactions transactions)
{
    private const int Attempts = 3;

    /// <summary>The saved cart, or why the change was refused. <paramref name="quantity"/> gives the
    /// line's new quantity from its current one, or null when the line must already be there.</summary>
    public async Task<(ShopperCart? Saved, CartRefusal? Refusal)> SetLineAsync(
        string userId, string productId, Func<CartLine?, int?> quantity, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Product, cart and stock in one call; each module reads its own item back.
            var batch = transactions.BeginRead();
            var productRead = catalog.FindProduct(batch, productId);
            var cartRead = table.Find(batch, userId);
            var stockRead = inventory.GetStock(batch, productId);
            await batch.ReadAsync(cancellationToken);
            if (productRead.Value is not { } product)
            {
                return (null, CartRefusal.NotInCatalog(productId));
            }
            var cart = cartRead.Value;
            if (quantity(cart.Lines.FirstOrDefault(l => l.ProductId == productId)) is not { } qty)
            {
                return (null, CartRefusal.NotInCart(productId));
            }
            if (CartRules.Refuse(cart, product, qty) is { } refusal)
            {
                return (null, refusal);
            }
            var stock = stockRead.Value;
            if (qty > stock.AvailableQty)
            {
                ShopMetrics.StockConflict("cart");
                return (null, CartRefusal.OutOfStock(productId, stock.AvailableQty, qty));
            }
            if (await table.SaveAsync(CartRules.WithLine(cart, product, qty), cancellationToken) is { } saved)
            {
                return (saved, null);
            }
        }
        return (null, CartRefusal.Busy(productId));
    }

    public async Task<(ShopperCart? Saved, CartRefusal? Refusal)> RemoveLineAsync(string userId, string productId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var cart = await table.FindAsync(userId, cancellationToken);
            if (cart.Lines.All(l => l.ProductId != productId))
            {
                return (null, CartRefusal.NotInCart(productId));
            }
            if (await table.SaveAsync(CartRules.WithoutLine(cart, productId), cancellationToken) is { } saved)
            {
                return (saved, null);
            }
        }
        return (null, CartRefusal.Busy(productId));
    }
}
