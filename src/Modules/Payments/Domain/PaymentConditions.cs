using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Payments.Domain;

/// <summary>The payment was no longer in the status a move starts from: someone else settled it.</summary>
internal sealed record PaymentMoved(string PaymentId) : ConditionFailure;

/// <summary>A payment with this id was written before: ids are random, so this is a bug.</summary>
internal sealed record PaymentAlreadyExists(string PaymentId) : ConditionFailure;

/// <summary>The webhook event was applied before.</summary>
internal sealed record EventAlreadyApplied(string EventId) : ConditionFailure;

/// <summary>A refund could not be counted against the payment: the money is not (or no longer) collected,
/// the refund would take more than was collected, or a refunded line's count moved meanwhile.</summary>
internal sealed record RefundRefused(string PaymentId) : ConditionFailure;

/// <summary>The refund was no longer in the status a move starts from: someone else settled it.</summary>
internal sealed record RefundMoved(string RefundId) : ConditionFailure;

/// <summary>A refund with this id was written before: ids are random, so this is a bug.</summary>
internal sealed record RefundAlreadyExists(string RefundId) : ConditionFailure;
