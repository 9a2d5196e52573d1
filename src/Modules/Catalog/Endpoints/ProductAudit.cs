using CloudRetail.Audit;
using CloudRetail.Catalog.Domain;
using CloudRetail.Catalog.Persistence;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>An admin's product write as an audit entry, added to the write's own transaction.</summary>
internal static class ProductAudit
{
    public static Alongside Record(IAuditTrail audit, AuditAction action, AuditAdmin admin) =>
        (transaction, before, after) => audit.Record(transaction, AuditEntry.Changed(
            action, AuditSubject.Product((after ?? before)!.ProductId), admin, Fields(before), Fields(after)));

    private static Dictionary<string, string>? Fields(Product? product) => product is null ? null : new()
    {
        ["name"] = product.Name,
        ["category"] = product.Category,
        ["price"] = AuditValues.Of(product.Price),
        ["currency"] = product.Currency,
        ["imageKey"] = product.ImageKey ?? "",
        ["description"] = product.Description ?? "",
    };
}
