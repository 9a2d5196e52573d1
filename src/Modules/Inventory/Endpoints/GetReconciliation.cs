using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>The drifting products and the units out of line in all (the sum of each drift's size).</summary>
internal sealed record ReconciliationReport(IReadOnlyList<ProductDrift> Products, int Drift)
{
    public static ReconciliationReport From(IReadOnlyList<ProductDrift> products) => new(products, products.Sum(p => Math.Abs(p.Drift)));
}

internal static class GetReconciliation
{
    public static async Task<Ok<ReconciliationReport>> Handle(StockReconciliation reconciliation, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReconciliationReport.From((await reconciliation.FindDriftAsync(cancellationToken)).Drift));
}
