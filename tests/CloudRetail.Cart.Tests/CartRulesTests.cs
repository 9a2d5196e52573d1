using CloudRetail.Cart.Domain;
using CloudRetail.Catalog;

namespace CloudRetail.Cart.Tests;

public sealed class CartRulesTests
{
    private static readonly ShopperCart Empty = new("U1", [], 0, null);

    [Fact]
    public void A_line_is_added_at_the_catalog_price_and_set_again_in_place()
    {
        var cart = CartRules.WithLine(Empty, Product("P1", 2.50m), 2);
        cart = CartRules.WithLine(cart, Product("P2", 1m), 1);
        cart = CartRules.WithLine(cart, Product("P1", 3m), 5);

        Assert.Equal([new CartLine("P1", "P1", 5, 3m, "USD"), new CartLine("P2", "P2", 1, 1m, "USD")], cart.Lines);
        Assert.Equal(16m, cart.Total);
    }

    [Fact]
    public void Removing_a_line_keeps_the_others()
    {
        var cart = CartRules.WithLine(CartRules.WithLine(Empty, Product("P1"), 1), Product("P2"), 1);

        Assert.Equal(["P2"], CartRules.WithoutLine(cart, "P1").Lines.Select(l => l.ProductId));
    }

    [Fact]
    public void A_line_holds_at_most_the_cap_of_units()
    {
        Assert.Null(CartRules.Refuse(Empty, Product("P1"), CartRules.MaxQtyPerLine));
        Assert.Equal(CartRefusalReason.TooManyUnits, CartRules.Refuse(Empty, Product("P1"), CartRules.MaxQtyPerLine + 1)?.Reason);
    }

    [Fact]
    public void A_full_cart_takes_no_new_product_but_changes_its_lines()
    {
        var full = Enumerable.Range(0, CartRules.MaxLines).Aggregate(Empty, (cart, i) => CartRules.WithLine(cart, Product($"P{i}"), 1));

        Assert.Equal(CartRefusalReason.TooManyLines, CartRules.Refuse(full, Product("NEW"), 1)?.Reason);
        Assert.Null(CartRules.Refuse(full, Product("P0"), 3));
    }

    [Fact]
    public void A_cart_holds_one_currency()
    {
        var cart = CartRules.WithLine(Empty, Product("P1"), 1);

        var refusal = CartRules.Refuse(cart, Product("P2", currency: "EUR"), 1);

        Assert.Equal(CartRefusalReason.OtherCurrency, refusal?.Reason);
        Assert.Equal("The cart is in USD; P2 is priced in EUR", refusal?.Message);
    }

    [Fact]
    public void The_only_line_may_follow_its_product_into_another_currency()
    {
        var cart = CartRules.WithLine(Empty, Product("P1"), 1);

        Assert.Null(CartRules.Refuse(cart, Product("P1", currency: "EUR"), 2));
    }

    [Fact]
    public void A_line_whose_product_changed_currency_is_refused_beside_lines_in_the_old_one()
    {
        var cart = CartRules.WithLine(CartRules.WithLine(Empty, Product("P1"), 1), Product("P2"), 1);

        Assert.Equal(CartRefusalReason.OtherCurrency, CartRules.Refuse(cart, Product("P1", currency: "EUR"), 2)?.Reason);
    }

    [Fact]
    public void Checkout_fits_one_transaction_whatever_the_cart()
    {
        // Two writes a line (stock and its ledger entry) and room for checkout's own order, cart and more.
        Assert.True(CartRules.MaxLines * 2 + 10 <= 100);
    }

    private static CatalogProduct Product(string id, decimal price = 1m, string currency = "USD") => new(id, id, "Test", price, currency);
}
