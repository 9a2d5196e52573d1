using CloudRetail.Addresses;
using CloudRetail.Cart;
using CloudRetail.Pricing;

namespace CloudRetail.Orders.Quoting;

/// <summary>What the shopper chose for an order: where it goes (an address from the book, or one
/// written out), how (a shipping method; the shop's default when none), and a discount code.</summary>
internal sealed record CheckoutChoices(string? AddressId, PostalAddress? DeliveryAddress, string? ShippingMethodId, string? DiscountCode);

internal sealed record PriceChange(string ProductId, decimal OldPrice, decimal NewPrice);

internal sealed record CurrencyChange(string ProductId, string OldCurrency, string NewCurrency);

/// <summary>The cart priced as an order would be: lines at today's catalog prices, the delivery
/// address copy (null for collection), the code to redeem, and what the total was at the cart's prices.</summary>
internal sealed record PricedCart(
    ShopperCart Cart, string? Email, IReadOnlyList<OrderLine> Lines, IReadOnlyList<PriceChange> PriceChanges,
    PriceBreakdown Price, decimal TotalAtCartPrices, PostalAddress? DeliveryAddress, DiscountCodeState? Discount);
