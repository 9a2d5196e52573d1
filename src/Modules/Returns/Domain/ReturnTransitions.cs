namespace CloudRetail.Returns.Domain;

/// <summary>What a move does beside the status: the units a return counts against its order's lines,
/// and the stock of the goods received.</summary>
internal enum ReturnEffect
{
    None,
    /// <summary>The return's units stop counting against the lines (they may be asked for again).</summary>
    GiveUnitsBack,
    /// <summary>Each line's units leave sold: back on hand or written off, as its disposition says.</summary>
    Restock,
}

internal sealed record ReturnTransition(ReturnStatus From, ReturnStatus To, ReturnEffect Effect)
{
    public bool AllowedFor(Return r) => r.Status == From;
}

/// <summary>Every move a return can make, stated once; anything not listed is refused (409).</summary>
internal static class ReturnTransitions
{
    public static readonly ReturnTransition Approve = new(ReturnStatus.Requested, ReturnStatus.Approved, ReturnEffect.None);
    public static readonly ReturnTransition Reject = new(ReturnStatus.Requested, ReturnStatus.Rejected, ReturnEffect.GiveUnitsBack);
    public static readonly ReturnTransition Receive = new(ReturnStatus.Approved, ReturnStatus.Received, ReturnEffect.Restock);
    public static readonly ReturnTransition Refund = new(ReturnStatus.Received, ReturnStatus.Refunded, ReturnEffect.None);

    public static readonly IReadOnlyList<ReturnTransition> All = [Approve, Reject, Receive, Refund];
}
