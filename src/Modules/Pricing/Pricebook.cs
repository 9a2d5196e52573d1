using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.Pricing.Domain;
using CloudRetail.Pricing.Persistence;

namespace CloudRetail.Pricing;

/// <summary>The Pricing contract over the module's own table and settings.</summary>
internal sealed class Pricebook(PricingTable table, PricingOptions options) : IPricing
{
    public ShopPricing Shop => options.Shop;

    public BatchedRead<ShippingOption?> FindShippingMethod(ReadBatch batch, string shippingMethodId) => table.FindShippingMethod(batch, shippingMethodId);

    public BatchedRead<IReadOnlyList<TaxRate>> FindTaxRates(ReadBatch batch, TaxPlace place) => table.FindTaxRates(batch, place);

    public BatchedRead<DiscountCodeState?> FindDiscountCode(ReadBatch batch, string code, string shopperId) =>
        table.FindDiscountCode(batch, DiscountCodes.Normalize(code), shopperId);

    public PriceOutcome Price(PriceRequest request) => PriceCalculator.Price(request, options.Shop);

    public void Redeem(WriteTransaction transaction, DiscountCodeState code, string shopperId) => table.Redeem(transaction, code, shopperId);

    public void GiveBack(WriteTransaction transaction, string code, string shopperId) => table.GiveBack(transaction, code, shopperId);

    public Task<bool> AddShippingMethodAsync(ShippingOption method, CancellationToken cancellationToken) =>
        table.SaveShippingMethodAsync(method, replace: false, cancellationToken);

    public Task<bool> AddTaxRateAsync(TaxRate rate, CancellationToken cancellationToken) => table.SaveTaxRateAsync(rate, replace: false, cancellationToken);

    public Task<bool> AddDiscountCodeAsync(DiscountCodeState code, CancellationToken cancellationToken) =>
        table.AddDiscountCodeAsync(code with { Code = DiscountCodes.Normalize(code.Code) }, cancellationToken);
}
