using CloudRetail.Catalog;

namespace CloudRetail.Cart.Domain;

/// <summary>What a cart may hold: one currency, a bounded number of lines and units.</summary>
internal static class CartRules
{
    /// <summary>Checkout writes two items per line (the stock and its ledger entry) plus a few of its own
    /// in one DynamoDB transaction, which holds at most 100.</summary>
    public const int MaxLines = 45;
    public const int MaxQtyPerLine = 100;

    /// <summary>The cart with the product's line set to <paramref name="qty"/> units at today's catalog price.</summary>
    public static ShopperCart WithLine(ShopperCart cart, CatalogProduct product, int qty)
    {
        var line = new CartLine(product.ProductId, product.Name, qty, product.Price, product.Currency);
        var lines = cart.Lines.Select(l => l.ProductId == product.ProductId ? line : l).ToList();
        if (!lines.Contains(line))
        {
            lines.Add(line);
        }
        return cart with { Lines = lines };
    }

    public static ShopperCart WithoutLine(ShopperCart cart, string productId) =>
        cart with { Lines = cart.Lines.Where(l => l.ProductId != productId).ToList() };

    /// <summary>Why the product's line may not become <paramref name="qty"/> units, or null when it may.</summary>
    public static CartRefusal? Refuse(ShopperCart cart, CatalogProduct product, int qty)
    {
        if (qty > MaxQtyPerLine)
        {
            return Refusal(CartRefusalReason.TooManyUnits, $"A cart line holds at most {MaxQtyPerLine} units");
        }
        var others = cart.Lines.Where(l => l.ProductId != product.ProductId).ToList();
        if (others.Count == cart.Lines.Count && cart.Lines.Count >= MaxLines)
        {
            return Refusal(CartRefusalReason.TooManyLines, $"A cart holds at most {MaxLines} different products");
        }
        if (others.FirstOrDefault()?.Currency is { } currency && currency != product.Currency)
        {
            return Refusal(CartRefusalReason.OtherCurrency, $"The cart is in {currency}; {product.ProductId} is priced in {product.Currency}");
        }
        return null;

        CartRefusal Refusal(CartRefusalReason reason, string message) => new(reason, message, product.ProductId, qty);
    }
}
