using System.Security.Claims;
using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.BuildingBlocks.Persistence;
using CloudRetail.BuildingBlocks.Security;

namespace CloudRetail.Audit;

/// <summary>
/// The back office's audit trail: one entry for every admin action, added to the transaction that makes
/// the change, so a change that commits has its entry and a refused one has none. The module that owns
/// the change records it: <c>audit.Record(transaction, new AuditEntry(AuditAction.ProductUpdated,
/// AuditSubject.Product(id), admin, before, after, reason))</c>. Entries are only ever put (on condition that
/// the item does not exist); nothing changes or deletes one, and the function's role may not either.
/// <c>GET /api/admin/audit</c> lists them, newest first.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Adds one entry to the transaction, timed now; it is written only if the transaction commits.</summary>
    void Record(WriteTransaction transaction, AuditEntry entry);
}

/// <summary>What an admin did, in the shop's words: a small closed set.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<AuditAction>))]
public enum AuditAction
{
    ProductCreated,
    ProductUpdated,
    ProductDeleted,
    StockCounted,
    StockAdjusted,
    StockRepaired,
    OrderShipped,
    OrderDelivered,
    OrderCancelled,
    OrderDeliveryRefused,
    RefundIssued,
    ReturnApproved,
    ReturnRejected,
    ReturnReceived,
    CustomerDisabled,
    CustomerEnabled,
    AdminRoleGranted,
    AdminRoleRevoked,
    ProductsImported,
}

/// <summary>What kind of thing an action changed.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<AuditSubjectType>))]
public enum AuditSubjectType
{
    Product,
    Stock,
    Order,
    Return,
    Customer,
    Import,
}

/// <summary>The thing changed: a product id, an order id, a return id, a customer's account id, an import run's id.</summary>
public sealed record AuditSubject(AuditSubjectType Type, string Id)
{
    public static AuditSubject Product(string productId) => new(AuditSubjectType.Product, productId);

    /// <summary>A product's stock: its id is the product's, so one filter finds both.</summary>
    public static AuditSubject Stock(string productId) => new(AuditSubjectType.Stock, productId);

    public static AuditSubject Order(string orderId) => new(AuditSubjectType.Order, orderId);

    public static AuditSubject Return(string returnId) => new(AuditSubjectType.Return, returnId);

    public static AuditSubject Customer(string customerId) => new(AuditSubjectType.Customer, customerId);

    public static AuditSubject Import(string importId) => new(AuditSubjectType.Import, importId);
}

/// <summary>Who acted: the admin's account id (the token's <c>sub</c>) and e-mail when the token carries one.</summary>
public sealed record AuditAdmin(string Id, string? Email)
{
    /// <summary>The caller, from the verified token only.</summary>
    public static AuditAdmin Of(ClaimsPrincipal user) => new(user.ShopperId(), user.FindFirst("email")?.Value);
}

/// <summary>One admin action.</summary>
/// <param name="Before">The fields the action changed, as they were (absent for something it created).</param>
/// <param name="After">The same fields as the action left them (absent for something it deleted).</param>
/// <param name="Reason">Why, when the admin said (a stock reason, a cancel or refund reason, a tracking number).</param>
public sealed record AuditEntry(
    AuditAction Action, AuditSubject Subject, AuditAdmin Admin, IReadOnlyDictionary<string, string>? Before, IReadOnlyDictionary<string, string>? After,
    string? Reason = null)
{
    /// <summary>An entry keeping only the fields whose value differs between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static AuditEntry Changed(
        AuditAction action, AuditSubject subject, AuditAdmin admin, IReadOnlyDictionary<string, string>? before, IReadOnlyDictionary<string, string>? after,
        string? reason = null)
    {
        if (before is null || after is null)
        {
            return new(action, subject, admin, before, after, reason);
        }
        var changed = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Where(field => before.GetValueOrDefault(field) != after.GetValueOrDefault(field))
            .ToHashSet(StringComparer.Ordinal);
        return new(action, subject, admin,
            before.Where(f => changed.Contains(f.Key)).ToDictionary(StringComparer.Ordinal),
            after.Where(f => changed.Contains(f.Key)).ToDictionary(StringComparer.Ordinal),
            reason);
    }
}

/// <summary>How an audited value is written: numbers in the invariant culture, so they read back the same everywhere.</summary>
public static class AuditValues
{
    /// <summary>Without trailing zeros (12.50 is 12.5): DynamoDB keeps a number so, and an amount read back
    /// must compare equal to the one written.</summary>
    public static string Of(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Of(bool value) => value ? "true" : "false";
}
