using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Cart;
using CloudRetail.Catalog;
using CloudRetail.Identity;
using CloudRetail.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Quoting;

/// <summary>
/// Prices the caller's cart as an order, for checkout and for the quote alike, so what a shopper is
/// shown is what they are charged. Two DynamoDB reads whatever the choices: one batch with the cart,
/// the shopper's e-mail, address book, shipping method and discount code (with the shopper's uses
/// of it); then one batch with the lines' products and the tax rates of the place the order is taxed at.
/// </summary>
internal sealed class CartPricing(
    ICart carts, ICatalog catalog, IShoppers shoppers, IAddressBook addresses, IPricing pricing, Transactions transactions, TimeProvider clock)
{
    private static readonly PostalAddressValidator AddressRules = new();

    public async Task<(PricedCart? Priced, ProblemHttpResult? Refusal)> PriceAsync(
        string shopperId, CheckoutChoices choices, bool withEmail, CancellationToken cancellationToken)
    {
        if (Invalid(choices) is { } invalid)
        {
            return (null, invalid);
        }
        var methodId = choices.ShippingMethodId ?? pricing.Shop.DefaultShippingMethodId;
        var reads = transactions.BeginRead();
        var cartRead = carts.GetCart(reads, shopperId);
        var emailRead = withEmail ? shoppers.FindVerifiedEmail(reads, shopperId) : null;
        var addressRead = choices.AddressId is { } addressId ? addresses.FindAddress(reads, shopperId, addressId) : null;
        var methodRead = methodId is null ? null : pricing.FindShippingMethod(reads, methodId);
        var discountRead = choices.DiscountCode is { } code ? pricing.FindDiscountCode(reads, code, shopperId) : null;
        await reads.ReadAsync(cancellationToken);

        var cart = cartRead.Value;
        if (cart.IsEmpty)
        {
            return (null, ShopProblems.BadRequest("Cart is empty"));
        }
        if (addressRead is not null && addressRead.Value is null)
        {
            return (null, ShopProblems.NotFound("Address not found", new Dictionary<string, object?> { ["addressId"] = choices.AddressId }));
        }
        var address = addressRead?.Value ?? choices.DeliveryAddress?.Normalized();
        var method = methodRead?.Value;
        if (methodId is not null && method is null)
        {
            return (null, Refused("shippingMethodId", $"Shipping method {methodId} is not offered"));
        }
        if (method is { RequiresAddress: true } && address is null)
        {
            return (null, CheckoutProblems.Invalid("addressId",
                $"Shipping method {method.ShippingMethodId} delivers to an address: give addressId (from the address book) or deliveryAddress"));
        }
        if (discountRead is not null && discountRead.Value is null)
        {
            return (null, Refused("discountCode", $"Discount code {DiscountCodes.Normalize(choices.DiscountCode!)} is unknown"));
        }
        // Collection is taxed where the goods are handed over: the shop's own address.
        var deliveryAddress = method is { RequiresAddress: false } ? null : address;
        var taxPlace = deliveryAddress is null ? pricing.Shop.ShopAddress : new TaxPlace(deliveryAddress.Country, deliveryAddress.Region);

        var prices = transactions.BeginRead();
        var productReads = cart.Lines.Select(l => l.ProductId).Distinct().ToDictionary(id => id, id => catalog.FindProduct(prices, id));
        var ratesRead = taxPlace is null ? null : pricing.FindTaxRates(prices, taxPlace);
        await prices.ReadAsync(cancellationToken);

        var products = productReads.Where(p => p.Value.Value is not null).ToDictionary(p => p.Key, p => p.Value.Value!);
        if (cart.Lines.Where(l => !products.ContainsKey(l.ProductId)).Select(l => l.ProductId).ToList() is { Count: > 0 } gone)
        {
            return (null, ShopProblems.Conflict($"Checkout failed: no longer sold: {string.Join(", ", gone)}", new Dictionary<string, object?> { ["productIds"] = gone }));
        }
        if (products.Values.Select(p => p.Currency).Distinct().Count() > 1)
        {
            return (null, ShopProblems.Conflict("Checkout failed: the cart's products are priced in different currencies; remove one and check out again"));
        }
        // A total the shopper accepts is a number without a currency: it cannot confirm a change of currency.
        if (CurrencyChanges(cart, products) is { Count: > 0 } currencyChanges)
        {
            return (null, CurrencyChanged(currencyChanges));
        }
        var lines = cart.Lines.Select(l => new OrderLine(l.ProductId, products[l.ProductId].Name, l.Qty, products[l.ProductId].Price)).ToList();
        var currency = products[lines[0].ProductId].Currency;
        var request = new PriceRequest(lines.Select(l => new PriceLine(l.ProductId, l.Qty, l.Price)).ToList(), currency, method,
            deliveryAddress?.Country, ratesRead?.Value ?? [], discountRead?.Value, clock.GetUtcNow());
        var outcome = pricing.Price(request);
        if (outcome.Refusal is { } refusal)
        {
            return (null, Refused(refusal.Field, refusal.Message));
        }
        var atCartPrices = pricing.Price(request with { Lines = cart.Lines.Select(l => new PriceLine(l.ProductId, l.Qty, l.Price)).ToList() }).Breakdown?.Total
            ?? outcome.Breakdown!.Total;
        var changes = cart.Lines
            .Where(l => products[l.ProductId].Price != l.Price || products[l.ProductId].Currency != l.Currency)
            .Select(l => new PriceChange(l.ProductId, l.Price, products[l.ProductId].Price))
            .ToList();
        return (new PricedCart(cart, emailRead?.Value, lines, changes, outcome.Breakdown!, atCartPrices, deliveryAddress, discountRead?.Value), null);
    }

    private static List<CurrencyChange> CurrencyChanges(ShopperCart cart, Dictionary<string, CatalogProduct> products) =>
        cart.Lines
            .Where(l => products[l.ProductId].Currency != l.Currency)
            .Select(l => new CurrencyChange(l.ProductId, l.Currency, products[l.ProductId].Currency))
            .ToList();

    private static ProblemHttpResult CurrencyChanged(List<CurrencyChange> changes) => ShopProblems.Conflict(
        changes is [var change]
            ? $"The currency of {change.ProductId} changed from {change.OldCurrency} to {change.NewCurrency} since it was added; remove it and add it again to buy it in {change.NewCurrency}"
            : $"The currencies of {string.Join(", ", changes.Select(c => $"{c.ProductId} ({c.OldCurrency} to {c.NewCurrency})"))} changed since they were added; remove them and add them again",
        new Dictionary<string, object?> { ["currencyChanges"] = changes });

    /// <summary>400 naming the field, before anything is read.</summary>
    private static ProblemHttpResult? Invalid(CheckoutChoices choices)
    {
        if (choices.AddressId is not null && choices.DeliveryAddress is not null)
        {
            return CheckoutProblems.Invalid("addressId", "Give addressId or deliveryAddress, not both");
        }
        if (choices.AddressId is { Length: 0 or > 64 })
        {
            return CheckoutProblems.Invalid("addressId", "addressId must be an id from the address book");
        }
        if (choices.ShippingMethodId is { Length: 0 or > 40 })
        {
            return CheckoutProblems.Invalid("shippingMethodId", "shippingMethodId must be 1 to 40 characters");
        }
        if (choices.DiscountCode is not null && !DiscountCodes.IsWellFormed(choices.DiscountCode))
        {
            return CheckoutProblems.Invalid("discountCode", DiscountCodes.Rule);
        }
        if (choices.DeliveryAddress is { } written && AddressRules.Validate(written) is { IsValid: false } result)
        {
            return CheckoutProblems.Invalid(result.Errors.ToDictionary(e => $"deliveryAddress.{e.PropertyName}", e => e.ErrorMessage));
        }
        return null;
    }

    private static ProblemHttpResult Refused(string field, string message) =>
        ShopProblems.Conflict(message, new Dictionary<string, object?> { ["field"] = field });
}
