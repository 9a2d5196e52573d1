using System.Security.Claims;
using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Idempotency;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Observability;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Cart;
using CloudRetail.Identity;
using CloudRetail.Inventory;
using CloudRetail.Orders.Quoting;
using CloudRetail.Orders.Domain;
using CloudRetail.Orders.Persistence;
using CloudRetail.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>Optional body. <c>acceptedTotal</c>: the total the shopper agreed to (from a quote, or
/// the <c>newTotal</c> of a 409). Where the parcel goes: <c>addressId</c> from the address book or a
/// <c>deliveryAddress</c> written out; <c>shippingMethodId</c> (default: the shop's); <c>discountCode</c>.</summary>
internal sealed record CheckoutRequest(
    decimal? AcceptedTotal = null, string? AddressId = null, PostalAddress? DeliveryAddress = null, string? ShippingMethodId = null, string? DiscountCode = null)
{
    public CheckoutChoices ToChoices() => new(AddressId, DeliveryAddress, ShippingMethodId, DiscountCode);
}

/// <summary>What checkout works with besides the caller: the modules it asks, its own table and settings.</summary>
internal sealed record CheckoutServices(
    CartPricing Pricing, ICart Carts, IInventory Inventory, IShoppers Shoppers, IPricing Prices, OrdersTable Orders, OrderHistoryTable History,
    OrdersOptions Options, Transactions Transactions, TimeProvider Clock, Analytics.IShopStats Stats);

internal static class Checkout
{
    /// <summary>Turns the caller's cart into a PENDING order. Three DynamoDB calls whatever the number
    /// of lines and choices: the cart with the shopper's e-mail, address, shipping method and discount
    /// code; the prices with the tax rates; and one transaction that reserves every line, writes the
    /// order with its first history entry, counts it against the shopper's unpaid orders, redeems the code on condition that it is
    /// not used up, and empties the cart, all or nothing.</summary>
    public static async Task<Results<Created<OrderChanged>, ProblemHttpResult>> Handle(
        CheckoutRequest? request, ClaimsPrincipal user, HttpRequest http, [AsParameters] CheckoutServices shop, CancellationToken cancellationToken)
    {
        var (priced, refusal) = await shop.Pricing.PriceAsync(user.ShopperId(), (request ?? new()).ToChoices(), withEmail: true, cancellationToken);
        if (priced is null)
        {
            return refusal!;
        }
        var total = priced.Price.Total;
        // The shopper agrees to the whole total: goods, shipping, tax and discount. Without acceptedTotal,
        // only a catalog price changed since the lines were added needs agreeing to.
        if (request?.AcceptedTotal is { } accepted ? accepted != total : priced.PriceChanges.Count > 0)
        {
            return ShopProblems.Conflict(
                priced.PriceChanges.Count > 0 ? "Prices changed since the items were added; confirm the new total to check out"
                    : "The total changed since it was shown; confirm the new total to check out",
                new Dictionary<string, object?>
                {
                    ["priceChanges"] = priced.PriceChanges,
                    ["oldTotal"] = request?.AcceptedTotal ?? priced.TotalAtCartPrices,
                    ["newTotal"] = total,
                });
        }
        // A shopper signed in before the shop stored profiles is asked of Cognito once, which stores one.
        if ((priced.Email ?? await shop.Shoppers.GetVerifiedEmailAsync(ShopperClaims.AccessToken(http), cancellationToken)) is not { } email)
        {
            return ShopProblems.Problem(StatusCodes.Status403Forbidden, "Confirm your e-mail address before checking out");
        }

        var order = Order.Place(user.ShopperId(), email, priced.Lines, priced.Price, priced.DeliveryAddress, shop.Clock.GetUtcNow());
        var transaction = shop.Transactions.BeginWrite();
        shop.Inventory.ReserveStock(transaction, order.OrderId, order.StockLines());
        shop.Orders.Add(transaction, order);
        shop.History.Record(transaction, order.OrderId, new OrderEvent(OrderEventSubject.Order, null, order.Status.Name(), OrderActor.Shopper(order.UserId)));
        shop.Orders.TakeUnpaidSlot(transaction, order.UserId, shop.Options.MaxUnpaidOrders);
        if (priced.Discount is { } code)
        {
            shop.Prices.Redeem(transaction, code, order.UserId);
        }
        shop.Carts.ClearCart(transaction, priced.Cart);
        shop.Stats.OrderPlaced(transaction, order.ToPlacedOrder());
        var placed = TypedResults.Created($"/api/orders/{order.OrderId}", new OrderChanged("Checkout successful", OrderView.From(order)));
        await transaction.RememberAnswerAsync(http.HttpContext, placed);
        var outcome = await transaction.CommitAsync(cancellationToken);

        if (outcome.IsCommitted)
        {
            ShopMetrics.OrderPlaced(order.TotalAmount, order.Currency);
            return placed;
        }
        return Refusal(outcome, shop.Options);
    }

    private static ProblemHttpResult Refusal(TransactionOutcome outcome, OrdersOptions options)
    {
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
        if (outcome.Failures.OfType<DiscountCodeUsedUp>().FirstOrDefault() is { } usedUp)
        {
            return ShopProblems.Conflict($"Discount code {usedUp.Code} is used up", new Dictionary<string, object?> { ["field"] = "discountCode" });
        }
        if (outcome.Failures.OfType<DiscountCodeUsedByShopper>().FirstOrDefault() is { } usedByShopper)
        {
            return ShopProblems.Conflict($"You have already used discount code {usedByShopper.Code} as often as it allows",
                new Dictionary<string, object?> { ["field"] = "discountCode" });
        }
        // An order id taken before, or a condition added without a case here: a bug, not the shopper's doing.
        throw new InvalidOperationException($"Checkout was refused for {string.Join(", ", outcome.Failures)}");
    }
}
