using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Cart.Persistence;

namespace CloudRetail.Cart;

/// <summary>The Cart contract over the module's own table.</summary>
internal sealed class ShopperCarts(CartTable table) : ICart
{
    public Task<ShopperCart> GetCartAsync(string userId, CancellationToken cancellationToken) =>
        table.FindAsync(userId, cancellationToken);

    public BatchedRead<ShopperCart> GetCart(ReadBatch batch, string userId) => table.Find(batch, userId);

    public void ClearCart(WriteTransaction transaction, ShopperCart cart)
    {
        if (!cart.IsEmpty)
        {
            table.EmptyIfUnchanged(transaction, cart);
        }
    }
}
