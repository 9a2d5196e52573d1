using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Payments.Domain;

/// <summary>The payment was no longer in the status a move starts from: someone else settled it.</summary>
internal sealed record PaymentMoved(string PaymentId) : ConditionFailure;

/// <summary>A payment with this id was written before: ids are random, so this is a bug.</summary>
internal sealed record PaymentAlreadyExists(string PaymentId) : ConditionFailure;

/// <summary>The webhook event was applied before.</summary>
internal sealed record EventAlreadyApplied(string EventId) : ConditionFailure;
