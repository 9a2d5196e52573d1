using System.Security.Claims;
using CloudRetail.Inventory.Domain;
using CloudRetail.Inventory.Reconciliation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Inventory.Endpoints;

/// <summary>The drift found, and the products whose reserved stock was set back to what live orders hold.</summary>
internal sealed record ReconciliationRepair(IReadOnlyList<ProductDrift> Products, int Drift, IReadOnlyList<string> Repaired);

internal static class RepairReconciliation
{
    public static async Task<Ok<ReconciliationRepair>> Handle(ClaimsPrincipal user, StockReconciliation reconciliation, CancellationToken cancellationToken)
    {
        var (drift, repaired) = await reconciliation.RepairAsync(cancellationToken, Audit.AuditAdmin.Of(user));
        return TypedResults.Ok(new ReconciliationRepair(drift, GetReconciliation.TotalDrift(drift), repaired));
    }
}
