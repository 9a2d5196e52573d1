using Amazon.DynamoDBv2.Model;
using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Pricing.Persistence;

/// <summary>Tax rates under <see cref="TaxItems"/>, keyed by their place: "DE", "US-CA".</summary>
internal sealed partial class PricingTable
{
    private const string Country = "country", Region = "region", Percent = "percent";

    public static string TaxRateId(string country, string? region) => region is null ? country : $"{country}-{region}";

    /// <summary>The country's rate and, for a place with a region, the region's: two keys of the caller's batch.</summary>
    public BatchedRead<IReadOnlyList<TaxRate>> FindTaxRates(ReadBatch batch, TaxPlace place)
    {
        var reads = new[] { TaxRateId(place.Country, null), place.Region is null ? null : TaxRateId(place.Country, place.Region) }
            .OfType<string>()
            .Select(id => batch.Add(TableName, Key(TaxItems, id), consistentRead: false, item => item is null ? null : ToTaxRate(item)))
            .ToList();
        return new BatchedRead<IReadOnlyList<TaxRate>>(() => reads.Select(r => r.Value).OfType<TaxRate>().ToList());
    }

    public Task<IReadOnlyList<TaxRate>> TaxRatesAsync(CancellationToken cancellationToken) => ListAllAsync(TaxItems, ToTaxRate, cancellationToken);

    public Task<bool> SaveTaxRateAsync(TaxRate rate, bool replace, CancellationToken cancellationToken) =>
        PutAsync(Attr.Map(
            (Kind, Attr.Text(TaxItems)), (Id, Attr.Text(rate.TaxRateId)), (Country, Attr.Text(rate.Country)), (Region, Attr.TextOrNull(rate.Region)),
            (Name, Attr.Text(rate.Name)), (Percent, Attr.Number(rate.Percent))), replace, cancellationToken);

    public Task<bool> DeleteTaxRateAsync(string taxRateId, CancellationToken cancellationToken) => DeleteAsync(TaxItems, taxRateId, cancellationToken);

    private static TaxRate ToTaxRate(Dictionary<string, AttributeValue> item) =>
        new(item.Text(Id), item.Text(Country), item.TextOrNull(Region), item.Text(Name), item.Amount(Percent));
}
