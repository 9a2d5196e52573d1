using System.Security.Claims;
using CloudRetail.Addresses;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Orders.Quoting;
using CloudRetail.Pricing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Orders.Endpoints;

/// <summary>The choices of a checkout, without placing it.</summary>
internal sealed record QuoteRequest(string? AddressId = null, PostalAddress? DeliveryAddress = null, string? ShippingMethodId = null, string? DiscountCode = null)
{
    public CheckoutChoices ToChoices() => new(AddressId, DeliveryAddress, ShippingMethodId, DiscountCode);
}

/// <summary>What checking out now would charge, in the order's own shape; <c>total</c> is what to
/// send as checkout's <c>acceptedTotal</c>. <c>priceChanges</c> lists lines whose catalog price moved
/// since they were added (the quote is at today's prices).</summary>
internal sealed record OrderQuote(
    IReadOnlyList<OrderLineView> Items, string Currency, decimal Subtotal, decimal Discount, decimal Shipping, decimal Tax, decimal Total,
    bool PricesIncludeTax, IReadOnlyList<TaxAmount> Taxes, PricedShipping? ShippingMethod, string? DiscountCode, PostalAddress? DeliveryAddress,
    IReadOnlyList<PriceChange> PriceChanges);

internal static class QuoteOrder
{
    /// <summary>The cart priced exactly as checkout would price it (the same code, the same reads), without placing the order.</summary>
    public static async Task<Results<Ok<OrderQuote>, ProblemHttpResult>> Handle(
        QuoteRequest? request, ClaimsPrincipal user, CartPricing pricing, CancellationToken cancellationToken)
    {
        var (priced, refusal) = await pricing.PriceAsync(user.ShopperId(), (request ?? new()).ToChoices(), withEmail: false, cancellationToken);
        if (priced is null)
        {
            return refusal!;
        }
        var price = priced.Price;
        return TypedResults.Ok(new OrderQuote(OrderLineView.From(priced.Lines, price), price.Currency, price.Subtotal, price.Discount, price.ShippingAmount,
            price.Tax, price.Total, price.PricesIncludeTax, price.Taxes, price.Shipping, price.DiscountCode, priced.DeliveryAddress, priced.PriceChanges));
    }
}
