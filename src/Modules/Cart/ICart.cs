using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Cart;

/// <summary>What checkout may ask of the cart module.</summary>
public interface ICart
{
    /// <summary>The shopper's cart; an empty one when they have none.</summary>
    Task<ShopperCart> GetCartAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Adds the shopper's cart to the caller's batch read; an empty one when they have none.</summary>
    BatchedRead<ShopperCart> GetCart(ReadBatch batch, string userId);

    /// <summary>Empties the cart inside the caller's transaction, on condition that it is still the
    /// version that was read: a line added meanwhile cancels the checkout instead of vanishing. The
    /// emptied cart is a new version, so an add that read the ordered lines fails and retries.</summary>
    void ClearCart(WriteTransaction transaction, ShopperCart cart);
}

/// <summary>A transaction was refused: the shopper's cart was saved since it was read.</summary>
public sealed record CartChanged(string UserId) : ConditionFailure;

public sealed record ShopperCart(string UserId, IReadOnlyList<CartLine> Lines, long Version, DateTimeOffset? UpdatedAt)
{
    public bool IsEmpty => Lines.Count == 0;

    public string? Currency => Lines.Count == 0 ? null : Lines[0].Currency;

    public decimal Total => Lines.Sum(l => l.LineTotal);
}

/// <summary>A cart line at the unit price the catalog had when the shopper added it.</summary>
public sealed record CartLine(string ProductId, string Name, int Qty, decimal Price, string Currency)
{
    public decimal LineTotal => Qty * Price;
}
