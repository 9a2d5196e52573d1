using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Pricing;

/// <summary>What checkout asks of Pricing: the shop's pricing settings, the shipping method, tax
/// rates and discount code added to checkout's batch read, the price of an order (pure, the same
/// for a quote and a checkout), and the code's redemption added to checkout's transaction.</summary>
public interface IPricing
{
    ShopPricing Shop { get; }

    /// <summary>After the read: the method (active or not), or null when the shop has none by that id.</summary>
    BatchedRead<ShippingOption?> FindShippingMethod(ReadBatch batch, string shippingMethodId);

    /// <summary>After the read: every rate for the place, the country's own and its region's.</summary>
    BatchedRead<IReadOnlyList<TaxRate>> FindTaxRates(ReadBatch batch, TaxPlace place);

    /// <summary>After the read: the code with its redemptions so far, overall and by this shopper; null when unknown.</summary>
    BatchedRead<DiscountCodeState?> FindDiscountCode(ReadBatch batch, string code, string shopperId);

    /// <summary>The order's price, or why it cannot be priced so (a method that does not deliver
    /// there, a code that does not apply). No I/O.</summary>
    PriceOutcome Price(PriceRequest request);

    /// <summary>Counts one redemption of the code, overall and for the shopper, inside the caller's
    /// transaction, on condition that neither limit is reached and the code is still active:
    /// refused as <see cref="DiscountCodeUsedUp"/> or <see cref="DiscountCodeUsedByShopper"/>.</summary>
    void Redeem(WriteTransaction transaction, DiscountCodeState code, string shopperId);

    /// <summary>Gives a redemption back (the order was cancelled or expired). Unconditional, so that
    /// no cancellation is refused by the counter.</summary>
    void GiveBack(WriteTransaction transaction, string code, string shopperId);

    /// <summary>Adds a shipping method, a tax rate or a discount code unless one with that id exists
    /// (demo data, imports). False when it was already there.</summary>
    Task<bool> AddShippingMethodAsync(ShippingOption method, CancellationToken cancellationToken);

    /// <inheritdoc cref="AddShippingMethodAsync"/>
    Task<bool> AddTaxRateAsync(TaxRate rate, CancellationToken cancellationToken);

    /// <inheritdoc cref="AddShippingMethodAsync"/>
    Task<bool> AddDiscountCodeAsync(DiscountCodeState code, CancellationToken cancellationToken);
}

/// <summary>The shop's settings for prices (configuration: SHOP_*).</summary>
/// <param name="ShopAddress">Where an order without a delivery address (collection) is taxed; null: such orders carry no tax.</param>
public sealed record ShopPricing(bool PricesIncludeTax, bool ShippingTaxed, TaxPlace? ShopAddress, string? DefaultShippingMethodId);

/// <param name="Countries">ISO 3166-1 alpha-2 codes it delivers to; ignored when it needs no address.</param>
/// <param name="FreeAbove">Free when the goods, after discount, come to at least this much.</param>
public sealed record ShippingOption(
    string ShippingMethodId, string Name, decimal Price, string Currency, IReadOnlyList<string> Countries, decimal? FreeAbove,
    int MinDays, int MaxDays, bool Active, bool RequiresAddress)
{
    public bool DeliversTo(string? country) => !RequiresAddress || (country is not null && Countries.Contains(country));
}

/// <summary>Where tax is due: a country (ISO 3166-1 alpha-2) and, where given, its region (ISO 3166-2 subdivision code).</summary>
public sealed record TaxPlace(string Country, string? Region);

/// <param name="TaxRateId">"DE" for a country's rate, "US-CA" for a region's.</param>
/// <param name="Percent">19 for 19 %.</param>
public sealed record TaxRate(string TaxRateId, string Country, string? Region, string Name, decimal Percent);

[JsonConverter(typeof(UpperCaseEnumConverter<DiscountKind>))]
public enum DiscountKind
{
    /// <summary>A percentage off the goods.</summary>
    Percent,
    /// <summary>A fixed amount off the goods, in the code's currency.</summary>
    Amount,
}

/// <param name="Currency">Of the amount off and the minimum subtotal; null for a percentage code without a minimum.</param>
/// <param name="Redeemed">Redemptions so far, overall.</param>
/// <param name="RedeemedByShopper">Redemptions so far by the shopper it was read for.</param>
public sealed record DiscountCodeState(
    string Code, DiscountKind Kind, decimal Value, string? Currency, decimal? MinSubtotal, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    int? RedemptionLimit, int? PerShopperLimit, bool Active, int Redeemed, int RedeemedByShopper);

public sealed record PriceLine(string ProductId, int Qty, decimal UnitPrice);

/// <param name="TaxRates">The rates of the place the order is taxed at (the delivery address, or the shop's for collection).</param>
/// <param name="DeliveryCountry">Null for an order without a delivery address.</param>
public sealed record PriceRequest(
    IReadOnlyList<PriceLine> Lines, string Currency, ShippingOption? Shipping, string? DeliveryCountry, IReadOnlyList<TaxRate> TaxRates,
    DiscountCodeState? Discount, DateTimeOffset Now);

public sealed record PriceOutcome(PriceBreakdown? Breakdown, PriceRefusal? Refusal);

/// <param name="Field">The request field the refusal is about: shippingMethodId or discountCode.</param>
public sealed record PriceRefusal(string Field, string Message);

/// <summary>One tax rate's share of a line, the shipping, or the whole order.</summary>
public sealed record TaxAmount(string TaxRateId, string Name, decimal Percent, decimal Amount);

/// <param name="LineTotal">Quantity times unit price, as the catalog prices it (with tax when prices include tax).</param>
/// <param name="Discount">This line's share of the order's discount.</param>
public sealed record PricedLine(
    string ProductId, int Qty, decimal UnitPrice, decimal LineTotal, decimal Discount, decimal Net, IReadOnlyList<TaxAmount> Taxes, decimal Tax, decimal Gross);

/// <param name="Price">The method's price; <paramref name="Amount"/> is what the order pays (0 when free above a subtotal).</param>
public sealed record PricedShipping(
    string ShippingMethodId, string Name, decimal Price, decimal Amount, decimal Net, IReadOnlyList<TaxAmount> Taxes, decimal Tax, decimal Gross,
    int MinDays, int MaxDays, bool RequiresAddress);

/// <summary>The whole price of an order. Every figure is the sum of the ones shown beneath it:
/// subtotal of the lines' totals, discount of their discounts, tax of the lines' and shipping's
/// taxes (and of <see cref="Taxes"/>), total of the lines' and shipping's gross; and
/// total = subtotal − discount + shipping + (tax unless prices include it).</summary>
public sealed record PriceBreakdown(
    string Currency, bool PricesIncludeTax, IReadOnlyList<PricedLine> Lines, PricedShipping? Shipping, string? DiscountCode,
    decimal Subtotal, decimal Discount, decimal ShippingAmount, decimal Tax, decimal Total, IReadOnlyList<TaxAmount> Taxes);

/// <summary>A transaction was refused: the code reached its total number of redemptions (or was turned off meanwhile).</summary>
public sealed record DiscountCodeUsedUp(string Code) : ConditionFailure;

/// <summary>A transaction was refused: the shopper already redeemed the code as often as allowed.</summary>
public sealed record DiscountCodeUsedByShopper(string Code) : ConditionFailure;
