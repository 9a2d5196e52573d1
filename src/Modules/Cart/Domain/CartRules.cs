using CloudRetail.BuildingBlocks.Http;
using CloudRetail.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Domain;

/// <summary>What a cart may hold. Each rule answers with the problem the shopper sees, or null.</summary>
internal static class CartRules
{
    public const int MaxLines = 50;
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

    public static ProblemHttpResult? Refuse(ShopperCart cart, CatalogProduct product, int qty)
    {
        if (qty > MaxQtyPerLine)
        {
            return ShopProblems.Conflict($"A cart line holds at most {MaxQtyPerLine} units", Details(product.ProductId, qty));
        }
        if (cart.Lines.All(l => l.ProductId != product.ProductId) && cart.Lines.Count >= MaxLines)
        {
            return ShopProblems.Conflict($"A cart holds at most {MaxLines} different products", Details(product.ProductId, qty));
        }
        if (cart.Currency is { } currency && currency != product.Currency && !(cart.Lines.Count == 1 && cart.Lines[0].ProductId == product.ProductId))
        {
            return ShopProblems.Conflict($"The cart is in {currency}; {product.ProductId} is priced in {product.Currency}", Details(product.ProductId, qty));
        }
        return null;
    }

    public static ProblemHttpResult OutOfStock(string productId, int availableQty, int requestedQty) =>
        ShopProblems.Conflict("Out of stock", new Dictionary<string, object?>
        {
            ["productId"] = productId,
            ["availableQty"] = availableQty,
            ["requestedQty"] = requestedQty,
        });

    private static Dictionary<string, object?> Details(string productId, int qty) =>
        new() { ["productId"] = productId, ["requestedQty"] = qty };
}
