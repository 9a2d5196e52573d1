using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Pricing.Persistence;

/// <summary>Shipping methods, one item each under <see cref="ShippingItems"/>.</summary>
internal sealed partial class PricingTable
{
    private const string Name = "name", Price = "price", Currency = "currency", Countries = "countries", FreeAbove = "freeAbove";
    private const string MinDays = "minDays", MaxDays = "maxDays", Active = "active", RequiresAddress = "requiresAddress";

    public BatchedRead<ShippingOption?> FindShippingMethod(ReadBatch batch, string shippingMethodId) =>
        batch.Add(TableName, Key(ShippingItems, shippingMethodId), consistentRead: false, item => item is null ? null : ToShipping(item));

    public Task<IReadOnlyList<ShippingOption>> ShippingMethodsAsync(CancellationToken cancellationToken) =>
        ListAllAsync(ShippingItems, ToShipping, cancellationToken);

    /// <summary>False when one with that id exists (<paramref name="replace"/> false) or none does (true).</summary>
    public Task<bool> SaveShippingMethodAsync(ShippingOption method, bool replace, CancellationToken cancellationToken) =>
        PutAsync(Attr.Map(
            (Kind, Attr.Text(ShippingItems)), (Id, Attr.Text(method.ShippingMethodId)), (Name, Attr.Text(method.Name)),
            (Price, Attr.Number(method.Price)), (Currency, Attr.Text(method.Currency)), (Countries, Attr.TextOrNull(string.Join(' ', method.Countries))),
            (FreeAbove, Attr.NumberOrNull(method.FreeAbove)), (MinDays, Attr.Number(method.MinDays)), (MaxDays, Attr.Number(method.MaxDays)),
            (Active, Bool(method.Active)), (RequiresAddress, Bool(method.RequiresAddress))), replace, cancellationToken);

    public Task<bool> DeleteShippingMethodAsync(string shippingMethodId, CancellationToken cancellationToken) =>
        DeleteAsync(ShippingItems, shippingMethodId, cancellationToken);

    private static ShippingOption ToShipping(Dictionary<string, AttributeValue> item) => new(
        item.Text(Id), item.Text(Name), item.Amount(Price), item.Text(Currency),
        item.TextOrNull(Countries)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
        item.AmountOrNull(FreeAbove), item.Quantity(MinDays), item.Quantity(MaxDays), Bool(item, Active), Bool(item, RequiresAddress));
}
