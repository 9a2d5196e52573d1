using CloudRetail.Audit;

namespace CloudRetail.Inventory.Domain;

/// <summary>A staff change of a product's stock as an audit entry: the units available before and after
/// (and the reserved units, when the change moved them), added to the change's own transaction.</summary>
internal static class StockAudit
{
    public const string Available = "availableQty", Reserved = "reservedQty";

    public static AuditEntry Entry(AuditAction action, string productId, AuditAdmin admin, int availableBefore, int availableAfter, string? reason) =>
        new(action, AuditSubject.Stock(productId), admin,
            new Dictionary<string, string> { [Available] = AuditValues.Of(availableBefore) },
            new Dictionary<string, string> { [Available] = AuditValues.Of(availableAfter) },
            reason);

    public static AuditEntry Repair(string productId, AuditAdmin admin, StockLevel read, int reservedAfter, string reason) =>
        AuditEntry.Changed(AuditAction.StockRepaired, AuditSubject.Stock(productId), admin,
            new Dictionary<string, string> { [Available] = AuditValues.Of(read.AvailableQty), [Reserved] = AuditValues.Of(read.ReservedQty) },
            new Dictionary<string, string>
            {
                [Available] = AuditValues.Of(read.AvailableQty + read.ReservedQty - reservedAfter),
                [Reserved] = AuditValues.Of(reservedAfter),
            },
            reason);
}
