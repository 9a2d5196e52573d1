using CloudRetail.BuildingBlocks.Persistence;

namespace CloudRetail.Orders.Domain;

/// <summary>Checkout was refused: the shopper already holds this many unpaid orders.</summary>
internal sealed record UnpaidOrdersLimitReached(int Max) : ConditionFailure;

/// <summary>An order with this id was written before: ids are random, so this is a bug, never a shopper's doing.</summary>
internal sealed record OrderAlreadyExists(string OrderId) : ConditionFailure;
