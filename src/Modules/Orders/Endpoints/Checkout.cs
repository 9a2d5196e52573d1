using System.Security.Claims;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart;
using CloudRetail.Catalog;
using CloudRetail.Identity;
using CloudRetail.Inventory;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>Optional body: the total the shopper accepted after being told prices changed.</summary>
internal sealed record CheckoutRequest(decimal? AcceptedTotal = null);

internal sealed record PriceChange(string ProductId, decimal OldPrice, decimal NewPrice);

internal sealed record CurrencyChange(string ProductId, string OldCurrency, string NewCurrency);

/// <summary>What checkout works with besides the caller: the modules it asks, its own table and settings.</summary>
internal sealed record CheckoutServices(
    ICart Carts, ICatalog Catalog, IInventory Inventory, IShoppers Shoppers, OrdersTable Orders, OrdersOptions Options,
    Transactions Transactions, TimeProvider Clock);

internal static class Checkout
{
    /// <summary>Turns the caller's cart into a PENDING order. Three DynamoDB calls whatever the number
    /// of lines: read the cart with the shopper's verified e-mail, read the prices, and one transaction that reserves every line, writes
    /// the order, counts it against the shopper's unpaid orders and empties the cart, all or nothing.</summary>
    public static async Task<Results<Created<OrderChanged>, ProblemHttpResult>> Handle(
        CheckoutRequest? request, ClaimsPrincipal user, HttpRequest http, [AsParameters] CheckoutServices shop, CancellationToken cancellationToken)
    {
        var (carts, catalog, inventory, shoppers, orders, options, transactions, clock) = shop;
        var reads = transactions.BeginRead();
        var cartRead = carts.GetCart(reads, user.ShopperId());
        var emailRead = shoppers.FindVerifiedEmail(reads, user.ShopperId());
        await reads.ReadAsync(cancellationToken);
        var cart = cartRead.Value;
        if (cart.IsEmpty)
        {
            return ShopProblems.BadRequest("Cart is empty");
        }
        var products = await catalog.FindProductsAsync(cart.Lines.Select(l => l.ProductId).ToList(), cancellationToken);
        if (cart.Lines.Where(l => !products.ContainsKey(l.ProductId)).Select(l => l.ProductId).ToList() is { Count: > 0 } gone)
        {
            return ShopProblems.Conflict($"Checkout failed: no longer sold: {string.Join(", ", gone)}", new Dictionary<string, object?> { ["productIds"] = gone });
        }
        if (products.Values.Select(p => p.Currency).Distinct().Count() > 1)
        {
            return ShopProblems.Conflict("Checkout failed: the cart's products are priced in different currencies; remove one and check out again");
        }
        // A total the shopper accepts is a number without a currency: it cannot confirm a change of currency.
        if (CurrencyChanges(cart, products) is { Count: > 0 } currencyChanges)
        {
            return CurrencyChanged(currencyChanges);
        }
        var lines = cart.Lines.Select(l => new OrderLine(l.ProductId, products[l.ProductId].Name, l.Qty, products[l.ProductId].Price)).ToList();
        var total = lines.Sum(l => l.LineTotal);
        if (PriceChanges(cart, products) is { Count: > 0 } changes && request?.AcceptedTotal != total)
        {
            return ShopProblems.Conflict("Prices changed since the items were added; confirm the new total to check out", new Dictionary<string, object?>
            {
                ["priceChanges"] = changes,
                ["newTotal"] = total,
            });
        }
        // A shopper signed in before the shop stored profiles is asked of Cognito once, which stores one.
        if ((emailRead.Value ?? await shoppers.GetVerifiedEmailAsync(ShopperClaims.AccessToken(http), cancellationToken)) is not { } email)
        {
            return ShopProblems.Problem(StatusCodes.Status403Forbidden, "Confirm your e-mail address before checking out");
        }

        var order = Order.Place(user.ShopperId(), email, lines, products[lines[0].ProductId].Currency, clock.GetUtcNow());
        var transaction = transactions.BeginWrite();
        inventory.ReserveStock(transaction, order.OrderId, order.StockLines());
        orders.Add(transaction, order);
        orders.TakeUnpaidSlot(transaction, order.UserId, options.MaxUnpaidOrders);
        carts.ClearCart(transaction, cart);
        var placed = TypedResults.Created($"/api/orders/{order.OrderId}", new OrderChanged("Checkout successful", OrderView.From(order)));
        await transaction.RememberAnswerAsync(http.HttpContext, placed);
        var outcome = await transaction.CommitAsync(cancellationToken);

        if (outcome.IsCommitted)
        {
            return placed;
        }
        if (outcome.Failed<UnpaidOrdersLimitReached>())
        {
            return OrderRefusal.TooManyUnpaid(options.MaxUnpaidOrders).ToProblem();
        }
        if (outcome.Failed<CartChanged>())
        {
            return ShopProblems.Conflict("The cart changed during checkout; review it and check out again");
        }
        if (outcome.Failures.OfType<StockShort>().Select(s => s.ProductId).ToList() is { Count: > 0 } shortOf)
        {
            ShopMetrics.StockConflict("checkout");
            return ShopProblems.Conflict($"Checkout failed: Out of stock for {string.Join(", ", shortOf)}",
                new Dictionary<string, object?> { ["productIds"] = shortOf });
        }
        // An order id taken before, or a condition added without a case here: a bug, not the shopper's doing.
        throw new InvalidOperationException($"Checkout was refused for {string.Join(", ", outcome.Failures)}");
    }

    private static List<CurrencyChange> CurrencyChanges(ShopperCart cart, IReadOnlyDictionary<string, CatalogProduct> products) =>
        cart.Lines
            .Where(l => products[l.ProductId].Currency != l.Currency)
            .Select(l => new CurrencyChange(l.ProductId, l.Currency, products[l.ProductId].Currency))
            .ToList();

    private static ProblemHttpResult CurrencyChanged(List<CurrencyChange> changes) => ShopProblems.Conflict(
        changes is [var change]
            ? $"The currency of {change.ProductId} changed from {change.OldCurrency} to {change.NewCurrency} since it was added; remove it and add it again to buy it in {change.NewCurrency}"
            : $"The currencies of {string.Join(", ", changes.Select(c => $"{c.ProductId} ({c.OldCurrency} to {c.NewCurrency})"))} changed since they were added; remove them and add them again",
        new Dictionary<string, object?> { ["currencyChanges"] = changes });

    private static List<PriceChange> PriceChanges(ShopperCart cart, IReadOnlyDictionary<string, CatalogProduct> products) =>
        cart.Lines
            .Where(l => products[l.ProductId].Price != l.Price || products[l.ProductId].Currency != l.Currency)
            .Select(l => new PriceChange(l.ProductId, l.Price, products[l.ProductId].Price))
            .ToList();
}
