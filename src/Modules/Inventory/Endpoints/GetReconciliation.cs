using CloudRetail.Catalog;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>The drifting products and the units out of line in all (the sum of each drift's size).</summary>
internal sealed record ReconciliationReport(IReadOnlyList<DriftingProduct> Products, int Drift);

/// <summary>A product whose reserved stock is not what its live orders hold, and what repair would do:
/// <see cref="Repair"/> is the level it would leave, or null when repair leaves the product for staff
/// (<see cref="LeftForStaff"/> says why).</summary>
internal sealed record DriftingProduct(
    string ProductId, string? Name, int ReservedQty, int PendingQty, int Drift, int AvailableQty, RepairedLevel? Repair, string? LeftForStaff);

internal sealed record RepairedLevel(int AvailableQty, int ReservedQty);

internal static class GetReconciliation
{
    /// <summary>The report is repair's preview: repair finds the drift the same way and applies exactly
    /// <see cref="DriftingProduct.Repair"/> to each product whose level has not moved since.</summary>
    public static async Task<Ok<ReconciliationReport>> Handle(StockReconciliation reconciliation, ICatalog catalog, CancellationToken cancellationToken)
    {
        var (drift, levels) = await reconciliation.FindDriftAsync(cancellationToken);
        var names = drift.Count == 0
            ? new Dictionary<string, CatalogProduct>()
            : await catalog.FindProductsAsync([.. drift.Select(d => d.ProductId)], cancellationToken);
        return TypedResults.Ok(new ReconciliationReport(
            [.. drift.Select(d => Describe(d, levels.GetValueOrDefault(d.ProductId), names.GetValueOrDefault(d.ProductId)?.Name))],
            TotalDrift(drift)));
    }

    public static int TotalDrift(IReadOnlyList<ProductDrift> drift) => drift.Sum(p => Math.Abs(p.Drift));

    private static DriftingProduct Describe(ProductDrift drift, StockLevel? level, string? name) =>
        drift.Repaired(level) is { } repaired
            ? new(drift.ProductId, name, drift.ReservedQty, drift.PendingQty, drift.Drift, level!.AvailableQty, new(repaired.AvailableQty, repaired.ReservedQty), null)
            : new(drift.ProductId, name, drift.ReservedQty, drift.PendingQty, drift.Drift, level?.AvailableQty ?? 0, null,
                level is null
                    ? "no stock record: count the product first"
                    : $"repair would reserve {-drift.Drift} more units, but only {level.AvailableQty} are available: count the product first");
}
