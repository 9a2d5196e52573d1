using System.Text.Json.Serialization;
using CloudRetail.Returns.Domain;

namespace CloudRetail.Returns.Endpoints;

/// <param name="Disposition">BACK_TO_STOCK or WRITE_OFF once the return is received; absent before.</param>
/// <param name="Name">The product's name as the catalog has it now, in the staff's queue; absent elsewhere and once the product is deleted.</param>
internal sealed record ReturnLineView(
    string ProductId, int Quantity, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LineDisposition? Disposition = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name = null);

/// <summary>One return as its shopper and staff see it. <c>refundAmount</c> is what its refund gave back, once REFUNDED.</summary>
internal sealed record ReturnView(
    string ReturnId, string OrderId, string UserId, ReturnStatus Status, IReadOnlyList<ReturnLineView> Lines, string Reason, string Currency,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, string? RejectReason, string? RefundId, decimal? RefundAmount)
{
    public static ReturnView From(Return r) => From(r, names: null);

    /// <param name="names">Products by id, to name each line; a line whose product is not there has no name.</param>
    public static ReturnView From(Return r, IReadOnlyDictionary<string, Catalog.CatalogProduct>? names) => new(r.ReturnId, r.OrderId, r.UserId, r.Status,
        r.Lines.Select(l => new ReturnLineView(l.ProductId, l.Quantity, l.Disposition, names?.GetValueOrDefault(l.ProductId)?.Name)).ToList(), r.Reason, r.Currency,
        r.CreatedAt, r.UpdatedAt, r.RejectReason, r.RefundId, r.RefundAmount);
}

/// <summary>A move's answer: what happened, in words, and the return as it is now; after a receive (only), its refund.</summary>
internal sealed record ReturnChanged(
    string Message, ReturnView Return, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Payments.ReturnRefund? Refund = null);

/// <summary>The staff's queue: returns in one status, newest first.</summary>
internal sealed record ReturnPage(IReadOnlyList<ReturnView> Items, int Count, string? NextToken);

/// <param name="Returnable">Units still free to ask back (bought, less those in live returns).</param>
internal sealed record ReturnableLine(string ProductId, string Name, int Ordered, int Returnable);

/// <summary>An order's returns, oldest first, with what may still be returned and until when (null: not delivered).</summary>
internal sealed record OrderReturns(string OrderId, DateTimeOffset? ReturnableUntil, IReadOnlyList<ReturnableLine> Lines, IReadOnlyList<ReturnView> Returns);
