namespace CloudRetail.Cart.Endpoints;

/// <summary>The cart in its kept shape (docs/compatibility.md), with the server's prices and totals.</summary>
internal sealed record CartView(string UserId, IReadOnlyList<CartLineView> Items, decimal Total, string? Currency, DateTimeOffset? UpdatedAt)
{
    public static CartView From(ShopperCart cart) => new(
        cart.UserId,
        cart.Lines.Select(l => new CartLineView(l.ProductId, l.Name, l.Qty, l.Price, l.LineTotal)).ToList(),
        cart.Total,
        cart.Currency,
        cart.UpdatedAt);
}

internal sealed record CartLineView(string ProductId, string Name, int Qty, decimal Price, decimal LineTotal);

