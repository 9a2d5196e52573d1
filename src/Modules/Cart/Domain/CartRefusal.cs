namespace CloudRetail.Cart.Domain;

/// <summary>Why a cart change was turned down, in the shop's terms; the endpoint decides the HTTP.</summary>
internal sealed record CartRefusal(CartRefusalReason Reason, string Message, string ProductId, int? RequestedQty = null, int? AvailableQty = null)
{
    public static CartRefusal NotInCatalog(string productId) => new(CartRefusalReason.NotInCatalog, "Product not found", productId);

    public static CartRefusal NotInCart(string productId) => new(CartRefusalReason.NotInCart, "Item not in cart", productId);

    public static CartRefusal OutOfStock(string productId, int availableQty, int requestedQty) =>
        new(CartRefusalReason.OutOfStock, "Out of stock", productId, requestedQty, availableQty);

    public static CartRefusal Busy(string productId) =>
        new(CartRefusalReason.Busy, "The cart changed while it was being updated; try again", productId);
}

internal enum CartRefusalReason
{
    NotInCatalog,
    NotInCart,
    OutOfStock,
    TooManyUnits,
    TooManyLines,
    OtherCurrency,
    Busy,
}
