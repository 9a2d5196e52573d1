using System.Text.Json.Serialization;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Returns;

/// <summary>What other modules may ask of Returns: an order's returns, oldest first.</summary>
public interface IReturns
{
    Task<IReadOnlyList<ReturnSummary>> ForOrderAsync(string orderId, CancellationToken cancellationToken);
}

/// <param name="RefundAmount">What its refund gave back, once <see cref="ReturnStatus.Refunded"/>.</param>
public sealed record ReturnSummary(
    string ReturnId, string OrderId, ReturnStatus Status, IReadOnlyList<Inventory.StockLine> Lines, string Reason, decimal? RefundAmount, string Currency,
    DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt);

/// <summary>A return's life: REQUESTED → APPROVED | REJECTED, APPROVED → RECEIVED → REFUNDED. In JSON and in the table the names are upper case.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<ReturnStatus>))]
public enum ReturnStatus
{
    Requested,
    Approved,
    Rejected,
    Received,
    Refunded,
}

/// <summary>What staff do with a returned line's units when the parcel arrives.</summary>
[JsonConverter(typeof(UpperCaseEnumConverter<LineDisposition>))]
public enum LineDisposition
{
    /// <summary>Fit for sale: sold back to on hand (ledger RESTOCK).</summary>
    BackToStock,
    /// <summary>Unfit for sale: sold to written off (ledger WRITE_OFF).</summary>
    WriteOff,
}
