using CloudRetail.Audit;
using CloudRetail.BuildingBlocks.Naming;

namespace CloudRetail.Returns.Domain;

/// <summary>A staff move of a return as an audit entry: its status before and after, and on receipt what
/// became of each line (BACK_TO_STOCK or WRITE_OFF), keyed by product id.</summary>
internal static class ReturnAudit
{
    public static AuditEntry Entry(Return r, ReturnTransition transition, ReturnChange change, AuditAdmin staff)
    {
        var action = transition == ReturnTransitions.Approve ? AuditAction.ReturnApproved
            : transition == ReturnTransitions.Reject ? AuditAction.ReturnRejected
            : transition == ReturnTransitions.Receive ? AuditAction.ReturnReceived
            : throw new ArgumentException($"{transition.From.Name()} to {transition.To.Name()} is not a staff move", nameof(transition));
        var after = new Dictionary<string, string> { ["status"] = transition.To.Name() };
        foreach (var line in change.Lines ?? [])
        {
            if (line.Disposition is { } disposition)
            {
                after[$"line {line.ProductId}"] = $"{line.Quantity} {disposition.Name()}";
            }
        }
        return new AuditEntry(action, AuditSubject.Return(r.ReturnId), staff, new Dictionary<string, string> { ["status"] = r.Status.Name() }, after,
            change.RejectReason);
    }
}
