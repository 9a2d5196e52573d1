using CloudRetail.Cart.Domain;
using CloudRetail.Cart.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Cart.Tests;

/// <summary>How the cart endpoints turn CartEditor's outcome into HTTP: the saved cart with the
/// server's totals, or each refusal as problem+json with what the shopper needs to fix it. The
/// editor's reads and conditional save are the API tests' (Checkout/CartTests, CartVersionTests).</summary>
public sealed class CartAnswersTests
{
    [Fact]
    public void A_saved_cart_is_200_with_its_lines_and_total_as_the_server_priced_them()
    {
        var saved = new ShopperCart("U1", [new CartLine("P1", "Lamp", 2, 12.50m, "USD"), new CartLine("P2", "Bulb", 1, 3m, "USD")], 4, DateTimeOffset.UnixEpoch);

        var answer = CartAnswers.From((saved, null), "Item added to cart");

        var changed = Assert.IsType<Ok<Endpoints.CartChanged>>(answer.Result).Value!;
        Assert.Equal("Item added to cart", changed.Message);
        Assert.Equal([new CartLineView("P1", "Lamp", 2, 12.50m, 25.00m), new CartLineView("P2", "Bulb", 1, 3m, 3m)], changed.Cart.Items);
        Assert.Equal((28.00m, "USD"), (changed.Cart.Total, changed.Cart.Currency));
    }

    [Fact]
    public void Out_of_stock_is_409_with_the_quantity_left_and_the_quantity_asked_for()
    {
        var problem = Problem(CartRefusal.OutOfStock("P1", availableQty: 2, requestedQty: 5));

        Assert.Equal(409, problem.Status);
        Assert.Equal(("Out of stock", "P1", 2, 5),
            (problem.Extensions["message"], problem.Extensions["productId"], problem.Extensions["availableQty"], problem.Extensions["requestedQty"]));
    }

    [Theory]
    [InlineData("catalog", "Product not found")]
    [InlineData("cart", "Item not in cart")]
    public void A_product_the_catalog_or_the_cart_lacks_is_404_naming_it(string missingFrom, string message)
    {
        var problem = Problem(missingFrom == "catalog" ? CartRefusal.NotInCatalog("P1") : CartRefusal.NotInCart("P1"));

        Assert.Equal((404, message, "P1"), (problem.Status, problem.Extensions["message"], problem.Extensions["productId"]));
        Assert.False(problem.Extensions.ContainsKey("availableQty"));
    }

    [Fact]
    public void A_cart_that_kept_changing_under_the_edit_is_409_to_try_again()
    {
        var problem = Problem(CartRefusal.Busy("P1"));

        Assert.Equal((409, "The cart changed while it was being updated; try again"), (problem.Status, problem.Extensions["message"]));
    }

    private static Microsoft.AspNetCore.Mvc.ProblemDetails Problem(CartRefusal refusal) =>
        Assert.IsType<ProblemHttpResult>(CartAnswers.From((null, refusal), "unused").Result).ProblemDetails;
}
